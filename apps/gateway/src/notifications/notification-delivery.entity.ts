import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TemplateId } from './templates/notification-templates.js';

export enum NotificationChannel {
  Email = 'EMAIL',
  Sms = 'SMS',
}

export enum DeliveryStatus {
  Pending = 'PENDING',
  Sent = 'SENT',
  Failed = 'FAILED',
}

/**
 * One message to send: the durable truth of a notification. Planned in the transaction of its event, one per (event,
 * channel, recipient); a dispatcher claims due rows (claimed_until), sends, and records the outcome or the next try.
 */
@Entity('notification_deliveries')
@Index('uq_notification_deliveries_event', ['eventId', 'channel', 'recipient'], { unique: true })
@Index('idx_notification_deliveries_due', ['status', 'nextAttemptAt'])
@Index('idx_notification_deliveries_application', ['applicationId', 'id'])
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('bigint', { name: 'event_id' }) eventId: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 40, name: 'template_id' }) templateId: TemplateId;
  @Column('varchar', { length: 8 }) channel: NotificationChannel;
  /** An email address or a 10-digit mobile number: shown masked, never logged. */
  @Column('varchar', { length: 254 }) recipient: string;
  @Column('varchar', { length: 8 }) status: DeliveryStatus;
  @Column('int', { default: 0 }) attempts: number;
  @Column('datetime', { precision: 3, name: 'next_attempt_at' }) nextAttemptAt: Date;
  @Column('datetime', { precision: 3, name: 'claimed_until', nullable: true }) claimedUntil: Date | null;
  @Column('char', { length: 36, name: 'claimed_by', nullable: true }) claimedBy: string | null;
  /** A code and status only (SMTP 550, HTTP 503 UPSTREAM_UNAVAILABLE): never the address or the text. */
  @Column('varchar', { length: 200, name: 'last_error', nullable: true }) lastError: string | null;
  @Column('varchar', { length: 200, name: 'provider_message_id', nullable: true }) providerMessageId: string | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'sent_at', nullable: true }) sentAt: Date | null;
}
