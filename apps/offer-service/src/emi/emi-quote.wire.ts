import { CURRENCY, formatPaise, type Currency, type ScheduleRow as ScheduleRowWire } from '@los/contracts';
import type { ScheduleRow } from './amortisation.js';
import type { EmiQuote } from './emi-quote.js';

/** An `EmiQuote` as the API shows it: every amount a rupee decimal string formatted from the engine's integer paise. */
export interface EmiQuoteWire {
  currency: Currency;
  emi: string;
  totalInterest: string;
  totalPayable: string;
  processingFee: string;
  gstOnFees: string;
  otherCharges: string;
  brokenPeriodInterest: string;
  netDisbursed: string;
  apr: number;
  schedule: ScheduleRowWire[];
}

export function toEmiQuoteWire(quote: EmiQuote): EmiQuoteWire {
  return {
    currency: CURRENCY,
    emi: formatPaise(quote.emiPaise),
    totalInterest: formatPaise(quote.totalInterestPaise),
    totalPayable: formatPaise(quote.totalPayablePaise),
    processingFee: formatPaise(quote.processingFeePaise),
    gstOnFees: formatPaise(quote.gstOnFeesPaise),
    otherCharges: formatPaise(quote.otherChargesPaise),
    brokenPeriodInterest: formatPaise(quote.brokenPeriodInterestPaise),
    netDisbursed: formatPaise(quote.netDisbursedPaise),
    apr: quote.aprBasisPoints / 100,
    schedule: quote.schedule.map(toScheduleRowWire),
  };
}

export function toScheduleRowWire(row: ScheduleRow): ScheduleRowWire {
  const amounts = {
    opening: formatPaise(row.openingPaise),
    emi: formatPaise(row.emiPaise),
    interest: formatPaise(row.interestPaise),
    principal: formatPaise(row.principalPaise),
    closing: formatPaise(row.closingPaise),
  };
  return row.dueDate === undefined
    ? { installment: row.installment, ...amounts }
    : { installment: row.installment, dueDate: row.dueDate, ...amounts };
}
