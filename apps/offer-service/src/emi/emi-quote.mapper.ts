import type { EmiQuote } from './emi-quote.js';
import { toRupeeNumber } from './money.js';
import type { ScheduleRow } from './amortisation.js';

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
    emi: toRupeeNumber(quote.emi),
    totalInterest: toRupeeNumber(quote.totalInterest),
    totalPayable: toRupeeNumber(quote.totalPayable),
    processingFee: toRupeeNumber(quote.processingFee),
    gstOnFees: toRupeeNumber(quote.gstOnFees),
    otherCharges: toRupeeNumber(quote.otherCharges),
    brokenPeriodInterest: toRupeeNumber(quote.brokenPeriodInterest),
    netDisbursed: toRupeeNumber(quote.netDisbursed),
    apr: toRupeeNumber(quote.apr),
    schedule: quote.schedule.map(toScheduleRowJson),
  };
}

function toScheduleRowJson(row: ScheduleRow): ScheduleRowJson {
  return {
    installment: row.installment,
    ...(row.dueDate === undefined ? {} : { dueDate: row.dueDate }),
    opening: toRupeeNumber(row.opening),
    emi: toRupeeNumber(row.emi),
    interest: toRupeeNumber(row.interest),
    principal: toRupeeNumber(row.principal),
    closing: toRupeeNumber(row.closing),
  };
}
