import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauReportClient } from '../bureau/bureau-report.client.js';
import { DecisionQueriesController } from '../decisions/decision-queries.controller.js';
import { DecisionRecordEntity } from '../decisions/decision-record.entity.js';
import { DecisionRecordsRepository } from '../decisions/decision-records.repository.js';
import { DecisionTablesModule } from '../decision-tables/decision-tables.module.js';
import { SnapshotsModule } from '../snapshots/snapshots.module.js';
import { EvaluateApplicationUseCase } from './evaluate-application.usecase.js';
import { EvaluateCommandsController } from './evaluate-commands.controller.js';
import { EvaluateHandler } from './evaluate.handler.js';
import { GuardedDecision } from './guarded-decision.js';
import { InputSnapshotBuilder } from './input-snapshot.builder.js';

/** Our credit decision: the evaluate command, its input snapshot, the guarded evaluation and the decision record. */
@Module({
  imports: [DecisionTablesModule, SnapshotsModule, TypeOrmModule.forFeature([DecisionRecordEntity])],
  controllers: [EvaluateCommandsController, DecisionQueriesController],
  providers: [
    BureauReportClient,
    InputSnapshotBuilder,
    GuardedDecision,
    DecisionRecordsRepository,
    EvaluateApplicationUseCase,
    EvaluateHandler,
  ],
})
export class EvaluationModule {}
