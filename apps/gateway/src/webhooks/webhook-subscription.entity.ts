import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ApplicationEventType } from '../applications/events/application-event-type.js';

/** A partner's endpoint for the events of the applications filed under its code. */
@Entity('webhook_subscriptions')
@Index('idx_webhook_subscriptions_partner', ['partnerCode', 'active'])
export class WebhookSubscriptionEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @Column('varchar', { length: 2048 }) url: string;
  /** The signing secret: shown once when created, never in a read or a log. */
  @Column('varchar', { length: 100 }) secret: string;
  @Column('json', { name: 'event_types' }) eventTypes: ApplicationEventType[];
  @Column('boolean', { default: true }) active: boolean;
  @Column('varchar', { length: 80, name: 'created_by' }) createdBy: string;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
