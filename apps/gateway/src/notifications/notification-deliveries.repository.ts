import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { LeasedClaims } from '../common/leased-claims.js';
import type { RecordedEvent } from '../applications/events/application-event-log.service.js';
import { DeliveryStatus, NotificationDeliveryEntity, type NotificationChannel } from './notification-delivery.entity.js';
import type { TemplateId } from './templates/notification-templates.js';

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

  async markSent(delivery: NotificationDeliveryEntity, claim: string, providerMessageId: string): Promise<void> {
    await this.claims.settle(delivery, claim, {
      status: DeliveryStatus.Sent,
      attempts: delivery.attempts + 1,
      sentAt: new Date(),
      providerMessageId,
      lastError: null,
    });
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
