import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationEventType } from '../applications/events/application-event-type.js';

export enum WebhookDeliveryStatus {
  Pending = 'PENDING',
  Delivered = 'DELIVERED',
  Failed = 'FAILED',
}

/** One event for one subscription: planned in the event's transaction, claimed and posted by a dispatcher. */
@Entity('webhook_deliveries')
@Index('uq_webhook_deliveries_event', ['subscriptionId', 'eventId'], { unique: true })
@Index('idx_webhook_deliveries_due', ['status', 'nextAttemptAt'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('char', { length: 36, name: 'subscription_id' }) subscriptionId: string;
  @Column('bigint', { name: 'event_id' }) eventId: string;
  @Column('varchar', { length: 64, name: 'event_type' }) eventType: ApplicationEventType;
  @Column('varchar', { length: 10 }) status: WebhookDeliveryStatus;
  @Column('int', { default: 0 }) attempts: number;
  @Column('datetime', { precision: 3, name: 'next_attempt_at' }) nextAttemptAt: Date;
  @Column('datetime', { precision: 3, name: 'claimed_until', nullable: true }) claimedUntil: Date | null;
  @Column('char', { length: 36, name: 'claimed_by', nullable: true }) claimedBy: string | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
}
