import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every POST of a delivery, kept for the partner's and our support: when, what status, or why it failed. */
@Entity('webhook_attempts')
@Index('idx_webhook_attempts_delivery', ['deliveryId', 'id'])
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('bigint', { name: 'delivery_id' }) deliveryId: string;
  @Column('datetime', { precision: 3 }) at: Date;
  @Column('int', { name: 'status_code', nullable: true }) statusCode: number | null;
  @Column('varchar', { length: 200, nullable: true }) error: string | null;
  @Column('int', { name: 'duration_ms' }) durationMs: number;
}
