import { annualPercentageRate, type LoanCashFlows, totalPaid } from './apr.js';
import { addMonths, type CalendarDate, formatIsoDate } from './calendar-date.js';
import { buildSchedule, type ScheduleRow } from './amortisation.js';
import { brokenPeriodInterest } from './broken-period.js';
import { calculateEmi } from './emi.calculator.js';
import { type EmiQuoteInput, validateEmiInput } from './emi-input.js';
import { computeUpfrontFees } from './fees.js';
import { type Decimal, ZERO } from './money.js';

export interface EmiQuote {
  readonly emi: Decimal;
  /** Interest column plus broken-period interest. */
  readonly totalInterest: Decimal;
  /** Every instalment actually paid, broken-period interest included. */
  readonly totalPayable: Decimal;
  readonly processingFee: Decimal;
  readonly gstOnFees: Decimal;
  readonly otherCharges: Decimal;
  /** Collected with the first instalment, on top of its `emi`. */
  readonly brokenPeriodInterest: Decimal;
  readonly netDisbursed: Decimal;
  /** Percent per annum, 2 decimals. */
  readonly apr: Decimal;
  readonly schedule: readonly ScheduleRow[];
}

/** Validates the input, then prices the loan. Throws `EmiInputError` for a bad input. */
export function quoteLoan(input: EmiQuoteInput): EmiQuote {
  const terms = validateEmiInput(input);
  const { principal, annualRatePercent, tenureMonths, firstEmi } = terms;
  const fees = computeUpfrontFees(terms);
  const emi = calculateEmi(principal, annualRatePercent, tenureMonths);
  const rows = buildSchedule(principal, annualRatePercent, tenureMonths, emi);
  const brokenPeriod = firstEmi ? brokenPeriodInterest(principal, annualRatePercent, firstEmi.brokenPeriodDays) : ZERO;
  const cashFlows = loanCashFlows(fees.netDisbursed, emi, rows, brokenPeriod);
  const totalPayable = totalPaid(cashFlows);
  return {
    emi,
    totalInterest: totalPayable.minus(principal), // the principal column sums to the loan
    totalPayable,
    ...fees,
    brokenPeriodInterest: brokenPeriod,
    apr: annualPercentageRate(cashFlows),
    schedule: firstEmi ? withDueDates(rows, firstEmi.date) : rows,
  };
}

/** Rows that differ from the level EMI become adjustments, so the IRR can use the annuity closed form. */
function loanCashFlows(netDisbursed: Decimal, emi: Decimal, rows: ScheduleRow[], brokenPeriod: Decimal): LoanCashFlows {
  const adjustments = rows
    .filter((row) => !row.emi.eq(emi))
    .map((row) => ({ month: row.installment, amount: row.emi.minus(emi) }));
  if (!brokenPeriod.isZero()) adjustments.push({ month: 1, amount: brokenPeriod });
  return { netDisbursed, level: emi, months: rows.length, adjustments };
}

function withDueDates(rows: ScheduleRow[], firstDueDate: CalendarDate): ScheduleRow[] {
  return rows.map((row) => ({ ...row, dueDate: formatIsoDate(addMonths(firstDueDate, row.installment - 1)) }));
}
