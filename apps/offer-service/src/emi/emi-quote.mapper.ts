import type { ScheduleRow } from './amortisation.js';
import type { EmiQuote } from './emi-quote.js';

export interface ScheduleRowJson {
  installment: number;
  dueDate?: string;
  opening: number;
  emi: number;
  interest: number;
  principal: number;
  closing: number;
}

/** An `EmiQuote` with every amount a JSON number of at most two decimals. */
export interface EmiQuoteJson {
  emi: number;
  totalInterest: number;
  totalPayable: number;
  processingFee: number;
  gstOnFees: number;
  otherCharges: number;
  brokenPeriodInterest: number;
  netDisbursed: number;
  apr: number;
  schedule: ScheduleRowJson[];
}

export function toEmiQuoteJson(quote: EmiQuote): EmiQuoteJson {
  return {
    emi: rupees(quote.emiPaise),
    totalInterest: rupees(quote.totalInterestPaise),
    totalPayable: rupees(quote.totalPayablePaise),
    processingFee: rupees(quote.processingFeePaise),
    gstOnFees: rupees(quote.gstOnFeesPaise),
    otherCharges: rupees(quote.otherChargesPaise),
    brokenPeriodInterest: rupees(quote.brokenPeriodInterestPaise),
    netDisbursed: rupees(quote.netDisbursedPaise),
    apr: quote.aprBasisPoints / 100,
    schedule: quote.schedule.map(toScheduleRowJson),
  };
}

function toScheduleRowJson(row: ScheduleRow): ScheduleRowJson {
  const { installment, dueDate } = row;
  const opening = rupees(row.openingPaise);
  const emi = rupees(row.emiPaise);
  const interest = rupees(row.interestPaise);
  const principal = rupees(row.principalPaise);
  const closing = rupees(row.closingPaise);
  return dueDate === undefined
    ? { installment, opening, emi, interest, principal, closing }
    : { installment, dueDate, opening, emi, interest, principal, closing };
}

// A correctly rounded division: the double nearest the 2-decimal amount, as JSON prints it.
function rupees(paise: number): number {
  return paise / 100;
}
