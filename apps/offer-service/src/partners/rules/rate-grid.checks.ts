import type { EmploymentType, PartnerRules, RateBand } from './partner-rules.js';

const MAX_SCORE = 900;

/**
 * Every (employment type, income band) must price each score from `minBureauScore` to 900 exactly
 * once, and the income bands of a served employment type must cover `minMonthlyIncome` upwards
 * exactly once: otherwise an eligible applicant would have no rate, or two.
 */
export function rateGridProblems(rules: PartnerRules): string[] {
  const rowProblems = rules.rateGrid.flatMap(rowProblemsOf);
  if (rowProblems.length > 0) return rowProblems;
  const types = [...new Set(rules.rateGrid.map((row) => row.employmentType))];
  return types.flatMap((type) => {
    const rows = rules.rateGrid.filter((row) => row.employmentType === type);
    const bands = distinctIncomeBands(rows);
    return [
      ...incomeProblems(type, bands, rules.minMonthlyIncome),
      ...bands.flatMap((band) =>
        scoreProblems(
          `${type}, income ${incomeLabel(band)}`,
          rows.filter((row) => sameBand(row.income, band)),
          rules.minBureauScore,
        ),
      ),
    ];
  });
}

function rowProblemsOf(row: RateBand, index: number): string[] {
  const problems: string[] = [];
  if (row.score.min > row.score.max) problems.push(`rateGrid[${index}].score: min ${row.score.min} is above max ${row.score.max}`);
  if (row.income.below !== undefined && row.income.below <= row.income.min) {
    problems.push(`rateGrid[${index}].income: below ${row.income.below} must be above min ${row.income.min}`);
  }
  return problems;
}

type IncomeBand = RateBand['income'];

function incomeProblems(type: EmploymentType, bands: IncomeBand[], minIncome: number): string[] {
  const problems: string[] = [];
  let covered = minIncome;
  let previous: IncomeBand | undefined;
  for (const band of bands) {
    const previousEnd = previous ? (previous.below ?? Infinity) : -Infinity;
    if (previous && band.min < previousEnd) {
      problems.push(`rateGrid ${type}: income bands ${incomeLabel(previous)} and ${incomeLabel(band)} overlap`);
    }
    if (band.min > covered) problems.push(`rateGrid ${type}: no income band covers ${covered} to ${band.min}`);
    covered = Math.max(covered, band.below ?? Infinity);
    if (!previous || (band.below ?? Infinity) > previousEnd) previous = band;
  }
  if (covered !== Infinity) problems.push(`rateGrid ${type}: no income band covers ${covered} and above`);
  return problems;
}

function scoreProblems(label: string, rows: RateBand[], minScore: number): string[] {
  const problems: string[] = [];
  const sorted = [...rows].sort((a, b) => a.score.min - b.score.min || a.score.max - b.score.max);
  let next = minScore;
  let widest: RateBand | undefined;
  for (const row of sorted) {
    if (widest && row.score.min <= widest.score.max) {
      problems.push(`rateGrid ${label}: score bands ${scoreLabel(widest)} and ${scoreLabel(row)} overlap`);
    }
    if (row.score.min > next) problems.push(`rateGrid ${label}: no rate for scores ${next}-${row.score.min - 1}`);
    next = Math.max(next, row.score.max + 1);
    if (!widest || row.score.max > widest.score.max) widest = row;
  }
  if (next <= MAX_SCORE) problems.push(`rateGrid ${label}: no rate for scores ${next}-${MAX_SCORE}`);
  return problems;
}

function distinctIncomeBands(rows: RateBand[]): IncomeBand[] {
  const bands: IncomeBand[] = [];
  for (const row of rows) if (!bands.some((band) => sameBand(band, row.income))) bands.push(row.income);
  return bands.sort((a, b) => a.min - b.min || (a.below ?? Infinity) - (b.below ?? Infinity));
}

const sameBand = (a: IncomeBand, b: IncomeBand) => a.min === b.min && a.below === b.below;
const incomeLabel = (band: IncomeBand) => (band.below === undefined ? `${band.min}+` : `${band.min}-${band.below}`);
const scoreLabel = (row: RateBand) => `${row.score.min}-${row.score.max}`;
