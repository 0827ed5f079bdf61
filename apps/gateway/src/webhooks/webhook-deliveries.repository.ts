import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { LeasedClaims } from '../common/leased-claims.js';
import type { RecordedEvent } from '../applications/events/application-event-log.service.js';
import { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import { WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity.js';

/** webhook_deliveries and their attempts, one purpose per method. */
@Injectable()
export class WebhookDeliveriesRepository {
  private readonly claims: LeasedClaims<WebhookDeliveryEntity>;

  constructor(
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    @InjectRepository(WebhookAttemptEntity) private readonly attempts: Repository<WebhookAttemptEntity>,
  ) {
    this.claims = new LeasedClaims(deliveries, WebhookDeliveryStatus.Pending);
  }

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

  /** Claims up to `limit` due deliveries for `claim` until `leaseMs` from now; a claim left by a dead replica expires. */
  claimDue(claim: string, limit: number, leaseMs: number): Promise<WebhookDeliveryEntity[]> {
    return this.claims.claimDue(claim, limit, leaseMs);
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
      await this.claims.settle(
        delivery,
        claim,
        {
          status,
          attempts: delivery.attempts + 1,
          nextAttemptAt: outcome.retryAt ?? delivery.nextAttemptAt,
          deliveredAt: outcome.delivered ? attempt.at : null,
        },
        manager,
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
