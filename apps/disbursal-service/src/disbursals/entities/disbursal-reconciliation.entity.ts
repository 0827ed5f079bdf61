import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where a disbursal's news came from. */
export enum DisbursalNewsSource {
  Webhook = 'WEBHOOK',
  Poll = 'POLL',
  Reconciler = 'RECONCILER',
  Request = 'REQUEST',
}

export enum ReconciliationOutcome {
  /** The lender says what we hold. */
  Matched = 'MATCHED',
  /** The lender said more than we held (a lost webhook, a changed answer): repaired. */
  Corrected = 'CORRECTED',
  /** The lender reported another amount paid than the KFS net disbursal: flagged, not applied. */
  AmountMismatch = 'AMOUNT_MISMATCH',
}

/** One check of a disbursal against its lender, with the record before and after when it changed anything. */
@Entity('disbursal_reconciliations')
export class DisbursalReconciliationEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id?: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @Column('varchar', { length: 16 }) source: DisbursalNewsSource;
  @Column('varchar', { length: 16 }) outcome: ReconciliationOutcome;
  @Column('json', { name: 'before_state', nullable: true }) beforeState: Record<string, unknown> | null;
  @Column('json', { name: 'after_state', nullable: true }) afterState: Record<string, unknown> | null;
  @Column('datetime', { precision: 3 }) at: Date;
}
