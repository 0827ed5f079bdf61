import { DisbursalStatus } from '@los/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one disbursal of an application; money columns are DECIMAL and travel as strings. */
@Entity('disbursals')
export class DisbursalEntity {
  @PrimaryColumn('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @Column('varchar', { length: 100, name: 'partner_reference' }) partnerReference: string;
  /** 1, then one more for each ops re-initiation after a failure; each has its own request id. */
  @Column('int') initiation: number;
  /** Our idempotency key at the lender, stored before the first call and reused by every retry. */
  @Column('varchar', { length: 100, name: 'request_id' }) requestId: string;
  /** The disburse command this initiation answers (completed when the disbursal is final). */
  @Column('char', { length: 36, name: 'command_id' }) commandId: string;
  /** The verified bank account paid into (`bank_accounts.id`); its number is opened only for the lender call. */
  @Column('char', { length: 36, name: 'account_id' }) accountId: string;
  @Column('varchar', { length: 16 }) status: DisbursalStatus;
  @Column('decimal', { precision: 14, scale: 2, name: 'sanctioned_amount' }) sanctionedAmount: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'processing_fee' }) processingFee: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'gst_on_fees' }) gstOnFees: string;
  /** The KFS net disbursal: the only amount ever asked for, and the only one accepted as paid. */
  @Column('decimal', { precision: 14, scale: 2, name: 'expected_amount' }) expectedAmount: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'disbursed_amount', nullable: true }) disbursedAmount: string | null;
  @Column('varchar', { length: 22, nullable: true }) utr: string | null;
  @Column('date', { name: 'value_date', nullable: true }) valueDate: string | null;
  @Column('varchar', { length: 100, name: 'lender_disbursal_ref', nullable: true }) lenderDisbursalRef: string | null;
  @Column('varchar', { length: 200, name: 'failure_reason', nullable: true }) failureReason: string | null;
  @Column('boolean', { name: 'failure_retryable', nullable: true }) failureRetryable: boolean | null;
  @Column('int') attempts: number;
  /** When the next call to the lender is due (REQUESTED only); null while none is. */
  @Column('datetime', { precision: 3, name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  @Column('varchar', { length: 64, name: 'last_error', nullable: true }) lastError: string | null;
  /** An amount the lender reported paid that is not the expected one: held for ops, never applied. */
  @Column('decimal', { precision: 14, scale: 2, name: 'mismatch_amount', nullable: true }) mismatchAmount: string | null;
  @Column('datetime', { precision: 3, name: 'sla_breached_at', nullable: true }) slaBreachedAt: Date | null;
  @Column('datetime', { precision: 3, name: 'requested_at' }) requestedAt: Date;
  @Column('datetime', { precision: 3, name: 'updated_at' }) updatedAt: Date;
  @Column('datetime', { precision: 3, name: 'finalized_at', nullable: true }) finalizedAt: Date | null;
  @Column('int', { default: 0 }) version: number;
}
