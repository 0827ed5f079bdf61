import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { LeasedClaims } from '../common/leased-claims.js';
import type { RecordedEvent } from '../applications/events/application-event-log.service.js';
import { DeliveryStatus, NotificationDeliveryEntity, type NotificationChannel } from './notification-delivery.entity.js';
import type { TemplateId } from './templates/notification-templates.js';

export interface SentDelivery {
  delivery: NotificationDeliveryEntity;
  providerMessageId: string;
}

/** The notification_deliveries table, one purpose per method. */
@Injectable()
export class NotificationDeliveriesRepository {
  private readonly claims: LeasedClaims<NotificationDeliveryEntity>;

  constructor(@InjectRepository(NotificationDeliveryEntity) private readonly deliveries: Repository<NotificationDeliveryEntity>) {
    this.claims = new LeasedClaims(deliveries, DeliveryStatus.Pending);
  }

  /** Inserts the event's deliveries; one already planned for (event, channel, recipient) stays as it is. */
  async plan(
    manager: EntityManager,
    event: RecordedEvent,
    templateId: TemplateId,
    targets: { channel: NotificationChannel; recipient: string }[],
  ): Promise<void> {
    const now = new Date();
    const rows = targets.map(({ channel, recipient }) => ({
      eventId: event.id,
      applicationId: event.applicationId,
      templateId,
      channel,
      recipient,
      status: DeliveryStatus.Pending,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    }));
    // updateEntity(false): TypeORM would otherwise read the rows back for their column defaults.
    await manager.createQueryBuilder().insert().into(NotificationDeliveryEntity).values(rows).orIgnore().updateEntity(false).execute();
  }

  /** Claims up to `limit` due deliveries for `claim` until `leaseMs` from now; a claim left by a dead replica expires. */
  claimDue(claim: string, limit: number, leaseMs: number): Promise<NotificationDeliveryEntity[]> {
    return this.claims.claimDue(claim, limit, leaseMs);
  }

  /**
   * Records the deliveries `claim` sent, in one statement: each with its provider's message id, its claim let go. A row
   * claimed since by another replica (the lease lapsed) is left alone, as `LeasedClaims.settle` does.
   */
  async markSent(sent: SentDelivery[], claim: string): Promise<void> {
    if (sent.length === 0) return;
    const ids = sent.map(({ delivery }) => delivery.id);
    await this.deliveries.query(
      `UPDATE notification_deliveries
       SET status = ?, attempts = attempts + 1, sent_at = ?, last_error = NULL, claimed_by = NULL, claimed_until = NULL,
           provider_message_id = CASE id ${sent.map(() => 'WHEN ? THEN ?').join(' ')} END
       WHERE claimed_by = ? AND id IN (${ids.map(() => '?').join(', ')})`,
      [
        DeliveryStatus.Sent,
        new Date(),
        ...sent.flatMap(({ delivery, providerMessageId }) => [delivery.id, providerMessageId]),
        claim,
        ...ids,
      ],
    );
  }

  /** Records a failed attempt: tried again at `retryAt`, or FAILED for good when `retryAt` is null. */
  async markAttemptFailed(delivery: NotificationDeliveryEntity, claim: string, error: string, retryAt: Date | null): Promise<void> {
    await this.claims.settle(delivery, claim, {
      status: retryAt ? DeliveryStatus.Pending : DeliveryStatus.Failed,
      attempts: delivery.attempts + 1,
      lastError: error.slice(0, 200),
      nextAttemptAt: retryAt ?? delivery.nextAttemptAt,
    });
  }

  forApplication(applicationId: string): Promise<NotificationDeliveryEntity[]> {
    return this.deliveries.find({ where: { applicationId }, order: { id: 'ASC' } });
  }
}
