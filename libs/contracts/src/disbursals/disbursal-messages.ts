import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { PartnerEventView } from '../partners/partner-messages.js';
import { DECIMAL_RUPEES, PARTNER_CODE, PARTNER_REFERENCE, UTR_FORMAT } from '../validation/patterns.js';
import { DisbursalStatus } from './disbursal-status.js';

/** The Key Fact Statement's figures the payout is checked against (rupees, decimal strings). */
export class DisbursalKfsFigures {
  @Matches(DECIMAL_RUPEES) sanctionedAmount: string;
  @Matches(DECIMAL_RUPEES) processingFee: string;
  @Matches(DECIMAL_RUPEES) gstOnFees: string;
  /** Sanctioned amount minus processing fee and GST: what the borrower must receive. */
  @Matches(DECIMAL_RUPEES) netDisbursal: string;
}

/**
 * Payload of `disbursal.cmd.disburse.v1`: pay out an approved application to its verified bank account through its
 * lender. `initiation` counts ops re-initiations (1 first); each has one request id at the lender.
 */
export class DisburseCommand {
  @IsUUID() applicationId: string;
  @Matches(PARTNER_CODE) partnerCode: string;
  @Matches(PARTNER_REFERENCE) partnerReference: string;
  @IsInt() @Min(1) initiation: number;
  /** The application's VERIFIED bank account (disbursal-service holds its number). */
  @IsUUID() accountId: string;
  @ValidateNested() @Type(() => DisbursalKfsFigures) kfs: DisbursalKfsFigures;
}

/** Payload of `disbursal.evt.disbursal-updated.v1`: the disbursal reached its outcome (DISBURSED or FAILED). */
export class DisbursalUpdatedEvent {
  @IsUUID() applicationId: string;
  @IsIn([DisbursalStatus.Disbursed, DisbursalStatus.Failed]) status: DisbursalStatus;
  @IsInt() @Min(1) initiation: number;
  @IsInt() @Min(0) attempts: number;
  @IsOptional() @Matches(DECIMAL_RUPEES) amount?: string;
  @IsOptional() @Matches(UTR_FORMAT) utr?: string;
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) valueDate?: string;
  @IsOptional() @IsString() @MaxLength(200) failureReason?: string;
  /** A failure the lender may still pay on a later attempt (retries ran out), as opposed to a refusal. */
  @IsOptional() @IsBoolean() retryable?: boolean;
}

export class DisbursalQuery {
  @IsUUID() applicationId: string;
}

/** A disbursal as ops and the borrower see it; money in rupees (decimal strings). */
export interface DisbursalView {
  applicationId: string;
  partnerCode: string;
  status: DisbursalStatus;
  amount: string;
  disbursedAmount: string | null;
  utr: string | null;
  valueDate: string | null;
  failureReason: string | null;
  retryable: boolean | null;
  attempts: number;
  initiation: number;
  /** Set when the lender reported an amount other than the KFS net disbursal: held for ops, never applied. */
  amountMismatch: { reportedAmount: string; expectedAmount: string } | null;
  requestedAt: string;
  updatedAt: string;
}

/** Disbursal events of a lender's verified webhook, for disbursal-service to apply to its records. */
export class LenderDisbursalEvents {
  @Matches(PARTNER_CODE) partnerCode: string;
  @ValidateNested({ each: true }) @Type(() => PartnerEventView) events: PartnerEventView[];
}

export interface LenderDisbursalEventsReply {
  received: number;
  duplicates: number;
}

export class ReconciliationQuery {
  @Matches(/^\d{4}-\d{2}-\d{2}$/) date: string;
}

export interface ReconciliationCorrectionView {
  applicationId: string;
  partnerCode: string;
  kind: 'CORRECTED' | 'AMOUNT_MISMATCH';
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  at: string;
}

/** One day (IST) of the disbursal reconciler's work. */
export interface ReconciliationReport {
  date: string;
  matched: number;
  corrected: number;
  amountMismatches: number;
  stillOpen: number;
  corrections: ReconciliationCorrectionView[];
}
