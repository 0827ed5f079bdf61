import type { CommandEnvelope } from '@los/contracts';
import { Column, PrimaryColumn } from 'typeorm';

/** Columns shared by the outbox and the inbox: a command, how often it was re-driven, and when next. */
export abstract class RecordedCommandColumns {
  @PrimaryColumn('char', { length: 36 })
  id: string;

  @Column('varchar', { length: 80 })
  pattern: string;

  @Column('json')
  envelope: CommandEnvelope;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('datetime', { precision: 3, name: 'due_at' })
  dueAt: Date;

  @Column('datetime', { precision: 3, name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
