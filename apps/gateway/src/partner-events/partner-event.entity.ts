import type { PartnerStatus } from '@los/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PartnerEventOutcome {
  /** Moved the application (or confirmed where it already was). */
  Applied = 'APPLIED',
  /** Older news than the application's status (out of order): kept, not applied. */
  Stale = 'STALE',
  /** Contradicts the outcome the lender reported before (a failure after DISBURSED): kept, not applied, flagged. */
  Conflict = 'CONFLICT',
  /** Arrived before the lender's reference was linked to an application; applied when it is. */
  Pending = 'PENDING',
}

/** One lender event, once: the primary key makes a re-delivered webhook a no-op on any replica. */
@Entity('partner_events')
export class PartnerEventEntity {
  @PrimaryColumn('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @PrimaryColumn('varchar', { length: 128, name: 'event_id' }) eventId: string;
  @Column('varchar', { length: 100, name: 'partner_reference' }) partnerReference: string;
  @Column('varchar', { length: 32 }) status: PartnerStatus;
  @Column('datetime', { precision: 3, name: 'occurred_at' }) occurredAt: Date;
  @Column('datetime', { precision: 3, name: 'received_at' }) receivedAt: Date;
  @Column('char', { length: 36, name: 'application_id', nullable: true }) applicationId: string | null;
  @Column('varchar', { length: 16 }) outcome: PartnerEventOutcome;
}
