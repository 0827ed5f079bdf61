import type { Decimal } from '../emi/index.js';
import type { RateBand } from '../partners/rules/partner-rules.js';

export function servesEmployment(grid: readonly RateBand[], employmentType: string): boolean {
  return grid.some((row) => row.employmentType === employmentType);
}

/** The rate of the one cell holding this profile; a validated grid has exactly one above the partner's minimums. */
export function rateFor(grid: readonly RateBand[], employmentType: string, monthlyIncome: Decimal, score: number): number | undefined {
  return grid.find(
    (row) =>
      row.employmentType === employmentType &&
      monthlyIncome.gte(row.income.min) &&
      (row.income.below === undefined || monthlyIncome.lt(row.income.below)) &&
      score >= row.score.min &&
      score <= row.score.max,
  )?.annualRatePercent;
}
