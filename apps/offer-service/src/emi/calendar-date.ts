/** A date without time or zone, as used for disbursal and EMI due dates. Month is 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD`; undefined for other shapes and for days the calendar lacks (2025-02-30). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Same day `months` later, clamped to the month's end: Jan 31 + 1 month is Feb 28 or 29. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return (utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return utcMidnight(a) - utcMidnight(b);
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight({ year, month: month + 1, day: 0 })).getUTCDate();
}

// setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
function utcMidnight({ year, month, day }: CalendarDate): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}
