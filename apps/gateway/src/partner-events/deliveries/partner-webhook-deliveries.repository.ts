import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { DeliveryStatus, PartnerWebhookDeliveryEntity } from './partner-webhook-delivery.entity.js';

export interface NewDelivery {
  partnerCode: string;
  headers: Record<string, string>;
  rawBody: Buffer;
  correlationId: string;
}

/** Stored deliveries: written once on receipt, then claimed by one sweeper pass at a time until verified or refused. */
@Injectable()
export class PartnerWebhookDeliveriesRepository {
  constructor(@InjectRepository(PartnerWebhookDeliveryEntity) private readonly deliveries: Repository<PartnerWebhookDeliveryEntity>) {}

  /** Resolves once the row is committed (an insert outside any transaction). */
  async store(delivery: NewDelivery, now = new Date()): Promise<string> {
    const id = randomUUID();
    await this.deliveries.insert({
      id,
      ...delivery,
      status: DeliveryStatus.Pending,
      attempts: 0,
      claimToken: null,
      nextAttemptAt: now,
      receivedAt: now,
      completedAt: null,
      failureCode: null,
      eventsReceived: null,
    });
    return id;
  }

  /**
   * Claims up to `limit` due deliveries for one pass: each row's token and lease are set in one UPDATE, so of two
   * replicas sweeping at once each row goes to one. A holder that dies leaves its rows due again when the lease ends.
   */
  async claimDue(leaseMs: number, limit: number, now = new Date()): Promise<PartnerWebhookDeliveryEntity[]> {
    const token = randomUUID();
    await this.deliveries.query(
      `UPDATE partner_webhook_deliveries SET claim_token = ?, attempts = attempts + 1, next_attempt_at = ?
        WHERE status = ? AND next_attempt_at <= ? ORDER BY received_at LIMIT ?`,
      [token, new Date(now.getTime() + leaseMs), DeliveryStatus.Pending, now, limit],
    );
    return this.deliveries.find({ where: { claimToken: token, status: DeliveryStatus.Pending }, order: { receivedAt: 'ASC' } });
  }

  async applied(delivery: PartnerWebhookDeliveryEntity, eventsReceived: number): Promise<void> {
    await this.finish(delivery, { status: DeliveryStatus.Applied, eventsReceived });
  }

  async rejected(delivery: PartnerWebhookDeliveryEntity, failureCode: string): Promise<void> {
    await this.finish(delivery, { status: DeliveryStatus.Rejected, failureCode: failureCode.slice(0, 64) });
  }

  /** Gives a claimed delivery back, due again at `nextAttemptAt`. */
  async release(delivery: PartnerWebhookDeliveryEntity, nextAttemptAt: Date): Promise<void> {
    await this.deliveries.update(
      { id: delivery.id, claimToken: delivery.claimToken!, status: DeliveryStatus.Pending },
      { claimToken: null, nextAttemptAt },
    );
  }

  /** Newest first, for ops: what is waiting for the verifier and what it refused. */
  listByStatus(status: DeliveryStatus, limit: number): Promise<PartnerWebhookDeliveryEntity[]> {
    return this.deliveries.find({ where: { status }, order: { receivedAt: 'DESC' }, take: limit });
  }

  private async finish(delivery: PartnerWebhookDeliveryEntity, change: Partial<PartnerWebhookDeliveryEntity>): Promise<void> {
    await this.deliveries.update(
      { id: delivery.id, claimToken: delivery.claimToken!, status: DeliveryStatus.Pending },
      { ...change, claimToken: null, completedAt: new Date() },
    );
  }
}
