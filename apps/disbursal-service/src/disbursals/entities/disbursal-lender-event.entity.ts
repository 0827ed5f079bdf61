import { PartnerStatus } from '@los/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum LenderEventOutcome {
  Applied = 'APPLIED',
  /** Older news than the disbursal's status, or news of a final disbursal: kept, not applied. */
  Stale = 'STALE',
  /** Paid, but not the expected amount: held for ops. */
  AmountMismatch = 'AMOUNT_MISMATCH',
  /** No disbursal of ours has this lender reference. */
  Unmatched = 'UNMATCHED',
}

/** A lender's disbursal event, once: the primary key makes a re-delivered webhook a no-op. */
@Entity('disbursal_lender_events')
export class DisbursalLenderEventEntity {
  @PrimaryColumn('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @PrimaryColumn('varchar', { length: 128, name: 'event_id' }) eventId: string;
  @Column('char', { length: 36, name: 'application_id', nullable: true }) applicationId: string | null;
  @Column('varchar', { length: 32 }) status: PartnerStatus;
  @Column('varchar', { length: 16 }) outcome: LenderEventOutcome;
  @Column('datetime', { precision: 3, name: 'received_at' }) receivedAt: Date;
}
