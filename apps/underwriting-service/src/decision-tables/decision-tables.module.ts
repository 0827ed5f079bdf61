import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DecisionTableAudit } from '../audit/decision-table-audit.js';
import { SnapshotsModule } from '../snapshots/snapshots.module.js';
import { DecisionEngine } from './decision-engine.js';
import { DecisionTablePublisher } from './decision-table.publisher.js';
import { DecisionTableVersion, DecisionTableVersionSchema } from './decision-table.schema.js';
import { DecisionTableQueries } from './decision-table.queries.js';
import { DecisionTablesController } from './decision-tables.controller.js';
import { DecisionTablesRepository } from './decision-tables.repository.js';
import { DiffDecisionTableUseCase } from './usecases/diff-decision-table/diff-decision-table.usecase.js';
import { PublishDecisionTableUseCase } from './usecases/publish-decision-table/publish-decision-table.usecase.js';
import { RollbackDecisionTableUseCase } from './usecases/rollback-decision-table/rollback-decision-table.usecase.js';
import { SimulateDecisionTableUseCase } from './usecases/simulate-decision-table/simulate-decision-table.usecase.js';
import { DecisionTableSeeder } from './seeds/decision-table.seeder.js';

@Module({
  imports: [SnapshotsModule, MongooseModule.forFeature([{ name: DecisionTableVersion.name, schema: DecisionTableVersionSchema }])],
  controllers: [DecisionTablesController],
  providers: [
    DecisionTablesRepository,
    DecisionEngine,
    DecisionTableAudit,
    DecisionTablePublisher,
    DecisionTableSeeder,
    DecisionTableQueries,
    PublishDecisionTableUseCase,
    RollbackDecisionTableUseCase,
    DiffDecisionTableUseCase,
    SimulateDecisionTableUseCase,
  ],
  exports: [DecisionEngine, DecisionTablesRepository],
})
export class DecisionTablesModule {}
