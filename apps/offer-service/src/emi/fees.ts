import type { LoanTerms } from './emi-input.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { type Decimal, fromPaise } from './money.js';
import { mulDivRoundHalfUp, toPaise, toPpm } from './paise.js';

export interface UpfrontFees<Amount = Decimal> {
  readonly processingFee: Amount;
  readonly gstOnFees: Amount;
  readonly otherCharges: Amount;
  readonly netDisbursed: Amount;
}

const PPM = 1_000_000;

/**
 * Fee and GST are each rounded where computed. Fees equal to the principal are refused too:
 * nothing would be disbursed and the APR would be undefined.
 */
export function computeUpfrontFees(terms: LoanTerms): UpfrontFees {
  const { processingFee, gstOnFees, otherCharges, netDisbursed } = upfrontFeesInPaise(terms);
  return {
    processingFee: fromPaise(processingFee),
    gstOnFees: fromPaise(gstOnFees),
    otherCharges: fromPaise(otherCharges),
    netDisbursed: fromPaise(netDisbursed),
  };
}

/** `computeUpfrontFees` in paise. */
export function upfrontFeesInPaise(terms: LoanTerms): UpfrontFees<number> {
  const principal = toPaise(terms.principal);
  const processingFee = mulDivRoundHalfUp(principal, toPpm(terms.processingFeePercent), PPM) + toPaise(terms.processingFeeFlat);
  const gstOnFees = mulDivRoundHalfUp(processingFee, toPpm(terms.gstRatePercent), PPM);
  const otherCharges = toPaise(terms.otherCharges);
  const netDisbursed = principal - processingFee - gstOnFees - otherCharges;
  if (netDisbursed <= 0) {
    throw new EmiInputError(EmiErrorCode.InvalidFees, 'fees', 'processing fee, GST and other charges must total less than the principal');
  }
  return { processingFee, gstOnFees, otherCharges, netDisbursed };
}
