import { Column, Entity, Index } from 'typeorm';
import { RecordedCommandColumns } from './recorded-command.columns.js';

export enum OutboxStatus {
  Pending = 'PENDING',
  Delivered = 'DELIVERED',
  Completed = 'COMPLETED',
  Failed = 'FAILED',
}

/** A command this service must get done by another; written in the same transaction as its cause. */
@Entity('outbox_commands')
@Index('idx_outbox_due', ['status', 'dueAt'])
export class OutboxCommandEntity extends RecordedCommandColumns {
  @Column('varchar', { length: 16 })
  status: OutboxStatus;

  @Column('datetime', { precision: 3, name: 'created_at' })
  createdAt: Date;

  @Column('varchar', { length: 64, name: 'last_error', nullable: true })
  lastError: string | null;
}
