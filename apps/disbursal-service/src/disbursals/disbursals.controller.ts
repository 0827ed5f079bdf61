import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommandInbox, parseMessage } from '@los/common';
import {
  DisbursalQuery,
  LenderDisbursalEvents,
  MessagePattern as Pattern,
  QueryEnvelope,
  ReconciliationQuery,
  type DisbursalView,
  type LenderDisbursalEventsReply,
  type ReconciliationReport,
} from '@los/contracts';
import { ApplyLenderEventsUseCase } from './usecases/apply-lender-events/apply-lender-events.usecase.js';
import { GetDisbursalUseCase } from './usecases/get-disbursal/get-disbursal.usecase.js';
import { GetReconciliationUseCase } from './usecases/get-reconciliation/get-reconciliation.usecase.js';

@Controller()
export class DisbursalsController {
  constructor(
    private readonly inbox: CommandInbox,
    private readonly getDisbursal: GetDisbursalUseCase,
    private readonly lenderEvents: ApplyLenderEventsUseCase,
    private readonly reconciliation: GetReconciliationUseCase,
  ) {}

  @MessagePattern(Pattern.Disburse)
  accept(@Payload() message: unknown) {
    return this.inbox.accept(message);
  }

  @MessagePattern(Pattern.DisbursalStatus)
  disbursal(@Payload() message: unknown): Promise<DisbursalView> {
    const envelope = parseMessage(QueryEnvelope, message);
    return this.getDisbursal.execute(parseMessage(DisbursalQuery, envelope.payload).applicationId);
  }

  @MessagePattern(Pattern.DisbursalLenderEvents)
  events(@Payload() message: unknown): Promise<LenderDisbursalEventsReply> {
    const envelope = parseMessage(QueryEnvelope, message);
    return this.lenderEvents.execute(parseMessage(LenderDisbursalEvents, envelope.payload));
  }

  @MessagePattern(Pattern.DisbursalReconciliation)
  report(@Payload() message: unknown): Promise<ReconciliationReport> {
    const envelope = parseMessage(QueryEnvelope, message);
    return this.reconciliation.execute(parseMessage(ReconciliationQuery, envelope.payload).date);
  }
}
