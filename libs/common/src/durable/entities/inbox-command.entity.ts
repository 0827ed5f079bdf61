import type { ResultEvent } from '@los/contracts';
import { Column, Entity, Index } from 'typeorm';
import { RecordedCommandColumns } from './recorded-command.columns.js';

export enum InboxStatus {
  Received = 'RECEIVED',
  Done = 'DONE',
}

/** A command this service accepted; the primary key makes every replica apply it once. */
@Entity('inbox_commands')
@Index('idx_inbox_due', ['status', 'dueAt'])
export class InboxCommandEntity extends RecordedCommandColumns {
  @Column('varchar', { length: 16 })
  status: InboxStatus;

  @Column('json', { nullable: true })
  result: ResultEvent | null;

  @Column('datetime', { precision: 3, name: 'received_at' })
  receivedAt: Date;
}
