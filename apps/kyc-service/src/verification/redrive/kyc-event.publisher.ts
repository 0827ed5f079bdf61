import { Injectable } from '@nestjs/common';
import { EventPublisher } from '@los/common';
import { EventType, type KycCompletedEvent, type ResultEvent, type ServiceName } from '@los/contracts';
import { completedEventOf } from '../kyc-completed.mapper.js';
import type { KycCheck } from '../kyc-check.schema.js';
import { KycChecksRepository } from '../kyc-checks.repository.js';

export const kycRevisionEventId = (kycId: string, revision: number) => `${kycId}:r${revision}`;

/**
 * Reports a re-driven revision on the sender's events queue, as the command path reports revision 1:
 * the original command id, an event id per revision (so repeats are harmless), then marks it sent.
 */
@Injectable()
export class KycEventPublisher {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly checks: KycChecksRepository,
  ) {}

  async publish(check: KycCheck): Promise<void> {
    const event: ResultEvent<KycCompletedEvent> = {
      eventId: kycRevisionEventId(check.kycId, check.revision),
      commandId: check.commandId,
      type: EventType.KycCompleted,
      correlationId: check.correlationId,
      occurredAt: new Date().toISOString(),
      payload: completedEventOf(check),
    };
    await this.publisher.publish(check.sender as ServiceName, event);
    await this.checks.markPublished(check.kycId, check.revision);
  }
}
