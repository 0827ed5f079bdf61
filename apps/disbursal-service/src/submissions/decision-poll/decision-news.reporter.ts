import { Injectable } from '@nestjs/common';
import { EventPublisher } from '@los/common';
import { EventType, ServiceName, type PartnerStatus, type PartnerSubmissionEvent, type ResultEvent } from '@los/contracts';
import { createHash } from 'node:crypto';
import { DecisionPollsRepository, type UndecidedSubmission } from './decision-polls.repository.js';

/**
 * A decision found by polling reaches the gateway the way KUBER's decision on submission does: as a result of the
 * submit-to-partner command (`PartnerSubmissionEvent`), applied once by event id, the lender's status only moving forward.
 */
@Injectable()
export class DecisionNewsReporter {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly polls: DecisionPollsRepository,
  ) {}

  async report(submission: UndecidedSubmission, status: PartnerStatus, correlationId: string): Promise<void> {
    const commandId = (await this.polls.submissionCommandId(submission.applicationId)) ?? nameBasedId(submission.applicationId);
    const payload: PartnerSubmissionEvent = {
      applicationId: submission.applicationId,
      partnerCode: submission.partnerCode,
      submitted: true,
      partnerReference: submission.partnerReference,
      partnerStatus: status,
    };
    const event: ResultEvent<PartnerSubmissionEvent> = {
      eventId: decisionEventIdOf(commandId, status),
      commandId,
      type: EventType.PartnerSubmission,
      correlationId,
      occurredAt: new Date().toISOString(),
      payload,
    };
    await this.publisher.publish(ServiceName.Gateway, event);
  }
}

/** One event per decision: found again by another poll (or replica), it is the same event, applied once. */
export const decisionEventIdOf = (commandId: string, status: PartnerStatus) => `${commandId}:decision:${status}`;

/** The command's inbox row was pruned: a stable id of the same shape, so repeats still dedupe. */
function nameBasedId(applicationId: string): string {
  const hex = createHash('sha256').update(`decision-poll:${applicationId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
