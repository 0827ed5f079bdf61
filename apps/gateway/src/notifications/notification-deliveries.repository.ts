import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { RecordedEvent } from '../applications/events/application-event-log.service.js';
import { DeliveryStatus, NotificationDeliveryEntity, type NotificationChannel } from './notification-delivery.entity.js';
import type { TemplateId } from './templates/notification-templates.js';

/** The notification_deliveries table, one purpose per method. */
@Injectable()
export class NotificationDeliveriesRepository {
  constructor(@InjectRepository(NotificationDeliveryEntity) private readonly deliveries: Repository<NotificationDeliveryEntity>) {}

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
  async claimDue(claim: string, limit: number, leaseMs: number): Promise<NotificationDeliveryEntity[]> {
    await this.deliveries.query(
      `UPDATE notification_deliveries SET claimed_by = ?, claimed_until = NOW(3) + INTERVAL ? MICROSECOND
       WHERE status = ? AND next_attempt_at <= NOW(3) AND (claimed_until IS NULL OR claimed_until < NOW(3))
       ORDER BY next_attempt_at, id LIMIT ?`,
      [claim, leaseMs * 1000, DeliveryStatus.Pending, limit],
    );
    return this.deliveries.find({ where: { claimedBy: claim, status: DeliveryStatus.Pending }, order: { id: 'ASC' } });
  }

  async markSent(delivery: NotificationDeliveryEntity, claim: string, providerMessageId: string): Promise<void> {
    await this.deliveries.update(
      { id: delivery.id, claimedBy: claim },
      {
        status: DeliveryStatus.Sent,
        attempts: delivery.attempts + 1,
        sentAt: new Date(),
        providerMessageId,
        lastError: null,
        claimedBy: null,
        claimedUntil: null,
      },
    );
  }

  /** Records a failed attempt: tried again at `retryAt`, or FAILED for good when `retryAt` is null. */
  async markAttemptFailed(delivery: NotificationDeliveryEntity, claim: string, error: string, retryAt: Date | null): Promise<void> {
    await this.deliveries.update(
      { id: delivery.id, claimedBy: claim },
      {
        status: retryAt ? DeliveryStatus.Pending : DeliveryStatus.Failed,
        attempts: delivery.attempts + 1,
        lastError: error.slice(0, 200),
        nextAttemptAt: retryAt ?? delivery.nextAttemptAt,
        claimedBy: null,
        claimedUntil: null,
      },
    );
  }

  forApplication(applicationId: string): Promise<NotificationDeliveryEntity[]> {
    return this.deliveries.find({ where: { applicationId }, order: { id: 'ASC' } });
  }
}
