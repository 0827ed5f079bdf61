/** A date without time or zone, as used for disbursal and EMI due dates. Month is 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TWO_DIGITS = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, '0'));

/** Parses `YYYY-MM-DD`; undefined for other shapes and for days the calendar lacks (2025-02-30). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${formatYear(year)}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** Same day `months` later, clamped to the month's end: Jan 31 + 1 month is Feb 28 or 29. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** `formatIsoDate(addMonths(first, i))` for i = 0 … count − 1. */
export function monthlyIsoDates(first: CalendarDate, count: number): string[] {
  const dates: string[] = [];
  let { year, month } = first;
  let yearText = formatYear(year);
  for (let index = 0; index < count; index++) {
    dates.push(`${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[Math.min(first.day, daysInMonth(year, month))]}`);
    if (++month > 12) {
      month = 1;
      yearText = formatYear(++year);
    }
  }
  return dates;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return (utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return utcMidnight(a) - utcMidnight(b);
}

// The proleptic Gregorian calendar, as JS dates use.
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function formatYear(year: number): string {
  return year >= 1000 ? String(year) : String(year).padStart(4, '0');
}

// setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
function utcMidnight({ year, month, day }: CalendarDate): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}
