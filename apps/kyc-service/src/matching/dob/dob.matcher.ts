import { ReasonCode } from '../reason-code.constants.js';
import type { DateOfBirth } from './date-of-birth.js';
import { parseDob } from './dob.parser.js';

export type DobAgreement = 'EXACT' | 'YEAR_ONLY' | 'DAY_MONTH_SWAPPED' | 'DIFFERENT' | 'MISSING' | 'UNPARSEABLE';

export interface DobComparison {
  agreement: DobAgreement;
  /** 0-100 */
  score: number;
  code: string;
  detail: string;
}

export function compareDob(first: string | undefined, second: string | undefined): DobComparison {
  if (!first?.trim() || !second?.trim()) return result('MISSING', 0, ReasonCode.DobMissing, 'a date of birth is missing');
  const [a, b] = [parseDob(first), parseDob(second)];
  if (a === null || b === null) {
    return result('UNPARSEABLE', 0, ReasonCode.DobUnparseable, `cannot read '${a === null ? first : second}' as a date`);
  }
  const shown = `${format(a)} vs ${format(b)}`;
  if (a.year !== b.year) return result('DIFFERENT', 0, ReasonCode.DobDiffers, shown);
  if (a.month === null || b.month === null)
    return result('YEAR_ONLY', 60, ReasonCode.DobYearOnly, `only the year can be compared: ${shown}`);
  if (a.month === b.month && a.day === b.day) return result('EXACT', 100, ReasonCode.DobMatched, format(a));
  // Day and month transposed is the classic data-entry slip between DD/MM and MM/DD forms.
  if (a.month === b.day && a.day === b.month) return result('DAY_MONTH_SWAPPED', 50, ReasonCode.DobDayMonthSwapped, shown);
  return result('DIFFERENT', 0, ReasonCode.DobDiffers, shown);
}

function result(agreement: DobAgreement, score: number, code: string, detail: string): DobComparison {
  return { agreement, score, code, detail };
}

function format(dob: DateOfBirth): string {
  if (dob.month === null || dob.day === null) return String(dob.year);
  return `${dob.year}-${String(dob.month).padStart(2, '0')}-${String(dob.day).padStart(2, '0')}`;
}
