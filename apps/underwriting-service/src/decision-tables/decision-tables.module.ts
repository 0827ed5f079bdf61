import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DecisionTableAudit } from '../audit/decision-table-audit.js';
import { SnapshotsModule } from '../snapshots/snapshots.module.js';
import { DecisionEngine } from './decision-engine.js';
import { DecisionTablePublisher } from './decision-table.publisher.js';
import { DecisionTableVersion, DecisionTableVersionSchema } from './decision-table.schema.js';
import { DecisionTablesRepository } from './decision-tables.repository.js';
import { DecisionTableSeeder } from './seeds/decision-table.seeder.js';

@Module({
  imports: [SnapshotsModule, MongooseModule.forFeature([{ name: DecisionTableVersion.name, schema: DecisionTableVersionSchema }])],
  providers: [DecisionTablesRepository, DecisionEngine, DecisionTableAudit, DecisionTablePublisher, DecisionTableSeeder],
  exports: [DecisionEngine, DecisionTablesRepository],
})
export class DecisionTablesModule {}
