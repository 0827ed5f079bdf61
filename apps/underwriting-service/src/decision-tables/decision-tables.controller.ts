import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import {
  DecisionTableDiffRequest,
  DecisionTableIdRequest,
  DecisionTableVersionRequest,
  MessagePattern as Pattern,
  PublishDecisionTableRequest,
  QueryEnvelope,
  RollbackDecisionTableRequest,
  SimulateDecisionTableRequest,
} from '@los/contracts';
import { DecisionTableQueries } from './decision-table.queries.js';
import type {
  DecisionTableDiffView,
  DecisionTableSummaryView,
  DecisionTableVersionDetailView,
  DecisionTableVersionView,
  PublishedDecisionTableView,
  SimulationView,
} from './decision-table.views.js';
import { DiffDecisionTableUseCase } from './usecases/diff-decision-table/diff-decision-table.usecase.js';
import { PublishDecisionTableUseCase } from './usecases/publish-decision-table/publish-decision-table.usecase.js';
import { RollbackDecisionTableUseCase } from './usecases/rollback-decision-table/rollback-decision-table.usecase.js';
import { SimulateDecisionTableUseCase } from './usecases/simulate-decision-table/simulate-decision-table.usecase.js';

@Controller()
export class DecisionTablesController {
  constructor(
    private readonly queries: DecisionTableQueries,
    private readonly publishTable: PublishDecisionTableUseCase,
    private readonly rollbackTable: RollbackDecisionTableUseCase,
    private readonly diffTable: DiffDecisionTableUseCase,
    private readonly simulateTable: SimulateDecisionTableUseCase,
  ) {}

  @MessagePattern(Pattern.DecisionTableList)
  list(@Payload() message: unknown): Promise<DecisionTableSummaryView[]> {
    parseMessage(QueryEnvelope, message);
    return this.queries.list();
  }

  @MessagePattern(Pattern.DecisionTableVersions)
  versions(@Payload() message: unknown): Promise<DecisionTableVersionView[]> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.queries.versions(parseMessage(DecisionTableIdRequest, payload).tableId);
  }

  @MessagePattern(Pattern.DecisionTableVersion)
  version(@Payload() message: unknown): Promise<DecisionTableVersionDetailView> {
    const { payload } = parseMessage(QueryEnvelope, message);
    const request = parseMessage(DecisionTableVersionRequest, payload);
    return this.queries.version(request.tableId, request.version);
  }

  @MessagePattern(Pattern.DecisionTablePublish)
  publish(@Payload() message: unknown): Promise<PublishedDecisionTableView> {
    const { correlationId, payload } = parseMessage(QueryEnvelope, message);
    return this.publishTable.execute(parseMessage(PublishDecisionTableRequest, payload), correlationId);
  }

  @MessagePattern(Pattern.DecisionTableDiff)
  diff(@Payload() message: unknown): Promise<DecisionTableDiffView> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.diffTable.execute(parseMessage(DecisionTableDiffRequest, payload));
  }

  @MessagePattern(Pattern.DecisionTableRollback)
  rollback(@Payload() message: unknown): Promise<PublishedDecisionTableView> {
    const { correlationId, payload } = parseMessage(QueryEnvelope, message);
    return this.rollbackTable.execute(parseMessage(RollbackDecisionTableRequest, payload), correlationId);
  }

  @MessagePattern(Pattern.DecisionTableSimulate)
  simulate(@Payload() message: unknown): Promise<SimulationView> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.simulateTable.execute(parseMessage(SimulateDecisionTableRequest, payload));
  }
}
