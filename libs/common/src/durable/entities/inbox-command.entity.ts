import type { CommandEnvelope, ResultEvent } from '@los/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum InboxStatus {
  Received = 'RECEIVED',
  Done = 'DONE',
}

/** A command this service accepted; the primary key makes every replica apply it once. */
@Entity('inbox_commands')
@Index('idx_inbox_due', ['status', 'dueAt'])
export class InboxCommandEntity {
  @PrimaryColumn('char', { length: 36 })
  id: string;

  @Column('varchar', { length: 80 })
  pattern: string;

  @Column('json')
  envelope: CommandEnvelope;

  @Column('varchar', { length: 16 })
  status: InboxStatus;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('datetime', { precision: 3, name: 'due_at' })
  dueAt: Date;

  @Column('json', { nullable: true })
  result: ResultEvent | null;

  @Column('datetime', { precision: 3, name: 'received_at' })
  receivedAt: Date;

  @Column('datetime', { precision: 3, name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
