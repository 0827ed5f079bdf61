import { ApiProperty } from '@nestjs/swagger';
import { DisbursalStatus, type DisbursalView as DisbursalReply, type ReconciliationReport } from '@los/contracts';
import { CURRENCY_PROPERTY, MONEY } from '../offers/offer.views.js';

export class AmountMismatchView {
  @ApiProperty({ ...MONEY, description: 'What the lender reported paid' }) reportedAmount: string;
  @ApiProperty({ ...MONEY, description: 'The KFS net disbursal' }) expectedAmount: string;
}

export class DisbursalView {
  @ApiProperty() applicationId: string;
  @ApiProperty() partnerCode: string;
  @ApiProperty({ enum: DisbursalStatus }) status: DisbursalStatus;
  @ApiProperty(CURRENCY_PROPERTY) currency: string;
  @ApiProperty({ ...MONEY, description: 'The KFS net disbursal: sanctioned amount less processing fee and GST' }) amount: string;
  @ApiProperty({ ...MONEY, nullable: true, description: 'Paid out, once DISBURSED' }) disbursedAmount: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The payment's UTR" }) utr: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) valueDate: string | null;
  @ApiProperty({ type: String, nullable: true }) failureReason: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'A failure a re-initiation may cure (retries ran out)' }) retryable:
    boolean | null;
  @ApiProperty({ description: 'Calls to the lender for this initiation' }) attempts: number;
  @ApiProperty({ description: '1, then one more for each ops re-initiation' }) initiation: number;
  @ApiProperty({ type: AmountMismatchView, nullable: true, description: 'Held for ops: never applied' })
  amountMismatch: AmountMismatchView | null;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toDisbursalView(reply: DisbursalReply): DisbursalView {
  return { ...reply, currency: 'INR' };
}

export class ReconciliationCorrectionItemView {
  @ApiProperty() applicationId: string;
  @ApiProperty() partnerCode: string;
  @ApiProperty({ enum: ['CORRECTED', 'AMOUNT_MISMATCH'] }) kind: 'CORRECTED' | 'AMOUNT_MISMATCH';
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The disbursal before' }) before: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The disbursal after, or the amount reported' })
  after: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ReconciliationReportView implements ReconciliationReport {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ description: 'Disbursals the reconciler found as their lender has them' }) matched: number;
  @ApiProperty({ description: 'Disbursals it repaired (a lost webhook, a changed answer)' }) corrected: number;
  @ApiProperty({ description: 'Disbursals a lender reported another amount paid for (flagged, not applied)' }) amountMismatches: number;
  @ApiProperty({ description: 'Disbursals still open at the end of the day (or now)' }) stillOpen: number;
  @ApiProperty({ type: [ReconciliationCorrectionItemView] }) corrections: ReconciliationCorrectionItemView[];
}

export class DisbursalRetryView {
  @ApiProperty() applicationId: string;
  @ApiProperty({ enum: ['DISBURSAL_REQUESTED'] }) status: string;
  @ApiProperty({ description: 'The new initiation, with its own request id at the lender' }) initiation: number;
}
