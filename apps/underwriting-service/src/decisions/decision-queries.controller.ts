import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AppException, parseMessage } from '@los/common';
import {
  ErrorCode,
  MessagePattern as Pattern,
  QueryEnvelope,
  UnderwritingDecisionRequest,
  type UnderwritingDecisionReply,
} from '@los/contracts';
import { decisionReplyOf } from './decision-record.mapper.js';
import { DecisionRecordsRepository } from './decision-records.repository.js';

@Controller()
export class DecisionQueriesController {
  constructor(private readonly decisions: DecisionRecordsRepository) {}

  /** The latest decision of an application, in full; DECISION_NOT_AVAILABLE before the first. */
  @MessagePattern(Pattern.UnderwritingDecision)
  async latest(@Payload() message: unknown): Promise<UnderwritingDecisionReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    const { applicationId } = parseMessage(UnderwritingDecisionRequest, payload);
    const record = await this.decisions.latestOf(applicationId);
    if (!record) throw new AppException(ErrorCode.DecisionNotAvailable, 'No credit decision has been made for this application yet');
    return decisionReplyOf(record);
  }
}
