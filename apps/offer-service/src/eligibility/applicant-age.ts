import { ageOn } from '@los/contracts';
import type { PartnerRules } from '../partners/rules/partner-rules.js';
import type { CalendarDate } from './applicant-facts.js';

/**
 * Completed years today (UTC, as the gateway counts them) within the partner's range, and completed
 * years on the last instalment's date (today + tenure months) not above its maturity limit.
 */
export function ageFits(limits: PartnerRules['age'], dob: CalendarDate, today: Date, tenureMonths: number): boolean {
  const age = ageOn(dob, today);
  const ageAtMaturity = ageOn(dob, addMonths(today, tenureMonths));
  return age >= limits.minAtApplication && age <= limits.maxAtApplication && ageAtMaturity <= limits.maxAtMaturity;
}

/** `date` plus whole months, the day clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}
