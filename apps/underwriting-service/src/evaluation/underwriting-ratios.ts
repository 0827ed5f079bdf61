import { Decimal } from 'decimal.js';
import { paiseOf } from '@los/contracts';

/**
 * FOIR: (EMIs the applicant declared + the bureau's active EMIs + the new loan's EMI) / monthly income, four
 * decimals ("0.4375"), computed in paise; null when there is no income to divide by.
 */
export function foirOf(monthlyIncome: string, emis: readonly string[]): string | null {
  const income = paiseOf(monthlyIncome);
  if (income <= 0) return null;
  const outgoing = emis.reduce((sum, emi) => sum + paiseOf(emi), 0);
  return new Decimal(outgoing).div(income).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}

/**
 * The EMIs the borrower already pays: the declared figure and the bureau's describe the same loans, so the larger
 * counts (never both, which would double the burden); without a report, the declaration.
 */
export function existingEmisOf(declared: string, bureau: string | undefined): string {
  if (bureau === undefined) return declared;
  return paiseOf(bureau) > paiseOf(declared) ? bureau : declared;
}

/** Whole years of age on the day the last instalment falls due (`tenureMonths` after `today`). */
export function ageAtMaturityOf(dob: string, tenureMonths: number, today: Date): number {
  const maturity = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + tenureMonths, today.getUTCDate()));
  const [year, month, day] = dob.split('-').map(Number) as [number, number, number];
  const beforeBirthday = maturity.getUTCMonth() + 1 < month || (maturity.getUTCMonth() + 1 === month && maturity.getUTCDate() < day);
  return maturity.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}
