import type { DateOfBirth } from './date-of-birth.js';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ].*)?$/;
const DAY_FIRST = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[-/ ]([a-z]{3,9})[-/ ,]+(\d{4}|\d{2})$/;
const MONTH_NAME_DAY = /^([a-z]{3,9})[ -](\d{1,2})(?:st|nd|rd|th)?,? (\d{4}|\d{2})$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Parses the date formats seen on Indian KYC documents; numeric dates are read day-first. */
export function parseDob(input: string): DateOfBirth | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  let found: RegExpExecArray | null;
  if ((found = ISO.exec(text))) return dateOf(+found[1], +found[2], +found[3]);
  if ((found = DAY_FIRST.exec(text)) || (found = COMPACT.exec(text))) {
    const year = fullYear(found[3]);
    // Read day-first as Indian documents do; fall back to month-first only when day-first is impossible.
    return dateOf(year, +found[2], +found[1]) ?? dateOf(year, +found[1], +found[2]);
  }
  if ((found = DAY_MONTH_NAME.exec(text))) return dateOf(fullYear(found[3]), monthOf(found[2]), +found[1]);
  if ((found = MONTH_NAME_DAY.exec(text))) return dateOf(fullYear(found[3]), monthOf(found[1]), +found[2]);
  if ((found = YEAR_ONLY.exec(text))) return plausibleYear(+found[1]) ? { year: +found[1], month: null, day: null } : null;
  return null;
}

// A two-digit year is a birth year, so it cannot be in the future.
function fullYear(digits: string): number {
  if (digits.length === 4) return +digits;
  const twoDigitNow = new Date().getUTCFullYear() % 100;
  return +digits > twoDigitNow ? 1900 + +digits : 2000 + +digits;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3)) + 1;
}

function dateOf(year: number, month: number, day: number): DateOfBirth | null {
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}
