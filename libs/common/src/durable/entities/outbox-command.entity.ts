import type { CommandEnvelope } from '@los/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum OutboxStatus {
  Pending = 'PENDING',
  Delivered = 'DELIVERED',
  Completed = 'COMPLETED',
  Failed = 'FAILED',
}

/** A command this service must get done by another; written in the same transaction as its cause. */
@Entity('outbox_commands')
@Index('idx_outbox_due', ['status', 'dueAt'])
export class OutboxCommandEntity {
  @PrimaryColumn('char', { length: 36 })
  id: string;

  @Column('varchar', { length: 80 })
  pattern: string;

  @Column('json')
  envelope: CommandEnvelope;

  @Column('varchar', { length: 16 })
  status: OutboxStatus;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('datetime', { precision: 3, name: 'due_at' })
  dueAt: Date;

  @Column('datetime', { precision: 3, name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { precision: 3, name: 'completed_at', nullable: true })
  completedAt: Date | null;

  @Column('varchar', { length: 64, name: 'last_error', nullable: true })
  lastError: string | null;
}
