import { type Decimal, type EmiQuote, quoteLoan } from '../emi/index.js';

export interface PricedLoan {
  amount: Decimal;
  annualRatePercent: number;
  tenureMonths: number;
  /** Already clamped to the partner's bounds, so the engine gets it as a flat fee. */
  processingFee: Decimal;
  gstPercent: number;
  /** YYYY-MM-DD, both or neither: due dates on the schedule (the KFS). */
  disbursalDate?: string;
  firstEmiDate?: string;
}

/** EMI, GST, net disbursal, APR and schedule of a loan, from the EMI engine; the KFS reprices stored offers the same way. */
export function quotePricedLoan(loan: PricedLoan): EmiQuote {
  return quoteLoan({
    principal: loan.amount.toNumber(),
    annualRatePercent: loan.annualRatePercent,
    tenureMonths: loan.tenureMonths,
    processingFeePercent: 0,
    processingFeeFlat: loan.processingFee.toNumber(),
    gstRatePercent: loan.gstPercent,
    otherCharges: 0,
    disbursalDate: loan.disbursalDate,
    firstEmiDate: loan.firstEmiDate,
  });
}
