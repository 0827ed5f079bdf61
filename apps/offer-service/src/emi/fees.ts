import type { LoanTerms } from './emi-input.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { type Decimal, roundPaisa } from './money.js';

export interface UpfrontFees {
  readonly processingFee: Decimal;
  readonly gstOnFees: Decimal;
  readonly otherCharges: Decimal;
  readonly netDisbursed: Decimal;
}

/**
 * Fee and GST are each rounded where computed. Fees equal to the principal are refused too:
 * nothing would be disbursed and the APR would be undefined.
 */
export function computeUpfrontFees(terms: LoanTerms): UpfrontFees {
  const { principal, processingFeePercent, processingFeeFlat, gstRatePercent, otherCharges } = terms;
  const processingFee = roundPaisa(principal.mul(processingFeePercent).div(100).plus(processingFeeFlat));
  const gstOnFees = roundPaisa(processingFee.mul(gstRatePercent).div(100));
  const netDisbursed = principal.minus(processingFee).minus(gstOnFees).minus(otherCharges);
  if (netDisbursed.lte(0)) {
    throw new EmiInputError(EmiErrorCode.InvalidFees, 'fees', 'processing fee, GST and other charges must total less than the principal');
  }
  return { processingFee, gstOnFees, otherCharges, netDisbursed };
}
