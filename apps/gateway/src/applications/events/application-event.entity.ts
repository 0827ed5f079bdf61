import { ApplicationStatus } from '@los/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationEventType } from './application-event-type.js';

/**
 * Append-only log of what happened to an application, written in the transaction that made it happen. The id orders
 * the events and is what a stream client resumes from (Last-Event-ID). The payload never holds personal data.
 */
@Entity('application_events')
@Index('idx_application_events_application', ['applicationId', 'id'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 64 }) type: ApplicationEventType;
  @Column('varchar', { length: 32, name: 'from_status', nullable: true }) fromStatus: ApplicationStatus | null;
  @Column('varchar', { length: 32, name: 'to_status', nullable: true }) toStatus: ApplicationStatus | null;
  @Column('datetime', { precision: 3 }) at: Date;
  @Column('json') payload: Record<string, string | number | boolean | null>;
}
