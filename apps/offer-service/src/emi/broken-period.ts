import { addMonths, type CalendarDate, compareDates, daysBetween, parseIsoDate } from './calendar-date.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { type Decimal, fromPaise, paiseOf, ppmOf } from './money.js';
import { mulDivRoundHalfUp } from './paise.js';

export interface FirstEmi {
  readonly date: CalendarDate;
  /** Days between the regular first due date (disbursal + 1 month) and the agreed one. */
  readonly brokenPeriodDays: number;
}

/**
 * The first EMI may fall up to one extra month after the regular date (disbursal + 1 month).
 * An earlier first EMI is rejected: it would need a short-first-period rule the issue does not give.
 */
export function resolveFirstEmi(disbursalDate: unknown, firstEmiDate: unknown): FirstEmi | undefined {
  if (disbursalDate === undefined && firstEmiDate === undefined) return undefined;
  const disbursal = readDate(disbursalDate, 'disbursalDate');
  const firstEmi = readDate(firstEmiDate, 'firstEmiDate');
  const regularFirstEmi = addMonths(disbursal, 1);
  if (compareDates(firstEmi, regularFirstEmi) < 0) {
    throw datesError('firstEmiDate must be at least one month after disbursalDate');
  }
  if (compareDates(firstEmi, addMonths(disbursal, 2)) > 0) {
    throw datesError('firstEmiDate must be at most two months after disbursalDate');
  }
  return { date: firstEmi, brokenPeriodDays: daysBetween(regularFirstEmi, firstEmi) };
}

/** Simple interest on the principal for the extra days, actual/365, collected with the first EMI. */
export function brokenPeriodInterest(principal: Decimal, annualRatePercent: Decimal, days: number): Decimal {
  return fromPaise(brokenPeriodInterestInPaise(paiseOf(principal), ppmOf(annualRatePercent), days));
}

/** `brokenPeriodInterest` on paise and ppm: paise × ppm × days / (365 × 1,000,000). */
export function brokenPeriodInterestInPaise(principalPaise: number, annualRatePpm: number, days: number): number {
  return mulDivRoundHalfUp(principalPaise, annualRatePpm * days, 365_000_000);
}

function readDate(value: unknown, field: 'disbursalDate' | 'firstEmiDate'): CalendarDate {
  const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (date) return date;
  throw new EmiInputError(EmiErrorCode.InvalidDates, field, `${field} must be a YYYY-MM-DD calendar date; give both dates or neither`);
}

function datesError(message: string): EmiInputError {
  return new EmiInputError(EmiErrorCode.InvalidDates, 'firstEmiDate', message);
}
