import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { RecordedEvent } from '../applications/events/application-event-log.service.js';
import { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import { WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity.js';

/** webhook_deliveries and their attempts, one purpose per method. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    @InjectRepository(WebhookAttemptEntity) private readonly attempts: Repository<WebhookAttemptEntity>,
  ) {}

  /** One delivery per subscription for the event; planning again adds nothing. */
  async plan(manager: EntityManager, event: RecordedEvent, subscriptionIds: string[]): Promise<void> {
    if (subscriptionIds.length === 0) return;
    const now = new Date();
    const rows = subscriptionIds.map((subscriptionId) => ({
      subscriptionId,
      eventId: event.id,
      eventType: event.type,
      status: WebhookDeliveryStatus.Pending,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    }));
    await manager.createQueryBuilder().insert().into(WebhookDeliveryEntity).values(rows).orIgnore().execute();
  }

  async claimDue(claim: string, limit: number, leaseMs: number): Promise<WebhookDeliveryEntity[]> {
    await this.deliveries.query(
      `UPDATE webhook_deliveries SET claimed_by = ?, claimed_until = NOW(3) + INTERVAL ? MICROSECOND
       WHERE status = ? AND next_attempt_at <= NOW(3) AND (claimed_until IS NULL OR claimed_until < NOW(3))
       ORDER BY next_attempt_at, id LIMIT ?`,
      [claim, leaseMs * 1000, WebhookDeliveryStatus.Pending, limit],
    );
    return this.deliveries.find({ where: { claimedBy: claim, status: WebhookDeliveryStatus.Pending }, order: { id: 'ASC' } });
  }

  /** Records the attempt and its outcome: delivered, tried again at `retryAt`, or FAILED when `retryAt` is null. */
  async recordAttempt(
    delivery: WebhookDeliveryEntity,
    claim: string,
    attempt: Omit<WebhookAttemptEntity, 'id' | 'deliveryId'>,
    outcome: { delivered: boolean; retryAt: Date | null },
  ): Promise<void> {
    await this.deliveries.manager.transaction(async (manager) => {
      await manager.insert(WebhookAttemptEntity, { ...attempt, deliveryId: delivery.id });
      const status = outcome.delivered
        ? WebhookDeliveryStatus.Delivered
        : outcome.retryAt
          ? WebhookDeliveryStatus.Pending
          : WebhookDeliveryStatus.Failed;
      await manager.update(
        WebhookDeliveryEntity,
        { id: delivery.id, claimedBy: claim },
        {
          status,
          attempts: delivery.attempts + 1,
          nextAttemptAt: outcome.retryAt ?? delivery.nextAttemptAt,
          deliveredAt: outcome.delivered ? attempt.at : null,
          claimedBy: null,
          claimedUntil: null,
        },
      );
    });
  }

  forSubscription(subscriptionId: string, limit: number): Promise<WebhookDeliveryEntity[]> {
    return this.deliveries.find({ where: { subscriptionId }, order: { id: 'DESC' }, take: limit });
  }

  attemptsOf(deliveryIds: string[]): Promise<WebhookAttemptEntity[]> {
    if (deliveryIds.length === 0) return Promise.resolve([]);
    return this.attempts.find({ where: { deliveryId: In(deliveryIds) }, order: { id: 'ASC' } });
  }

  findOne(id: string): Promise<WebhookDeliveryEntity | null> {
    return this.deliveries.findOneBy({ id });
  }

  /** Sends a delivery again from now, whatever became of it (a replay asked for by the partner or ops). */
  async replay(id: string): Promise<void> {
    await this.deliveries.update(
      { id },
      { status: WebhookDeliveryStatus.Pending, nextAttemptAt: new Date(), claimedBy: null, claimedUntil: null, deliveredAt: null },
    );
  }
}
