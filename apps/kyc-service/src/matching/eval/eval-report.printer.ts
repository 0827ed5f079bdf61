import type { BinaryMetrics } from './binary-metrics.calculator.js';
import type { ThresholdChoice } from './threshold.searcher.js';

export interface SplitReport {
  split: string;
  size: number;
  ours: BinaryMetrics;
  /** Share of the split's cases ours leaves at REVIEW (0-1): each one is a person's time. */
  oursReviewRate: number;
  baseline: ThresholdChoice;
}

export interface CategoryErrors {
  category: string;
  /** Per split name: false positives and false negatives of ours. */
  bySplit: Record<string, { cases: number; falsePositives: number; falseNegatives: number }>;
}

const fixed = (value: number): string => value.toFixed(3);
const pad = (value: string | number, width: number): string => String(value).padEnd(width);

export function printSplitTable(title: string, rows: readonly SplitReport[]): void {
  for (const line of splitTableLines(title, rows)) console.log(line);
}

/** The table as lines: ours with its REVIEW rate (RV) beside P, R and F1, then the best token_set_ratio threshold. */
export function splitTableLines(title: string, rows: readonly SplitReport[]): string[] {
  const splitWidth = Math.max(6, ...rows.map((row) => row.split.length + 1));
  const lines = [
    `\n${title}`,
    `${pad('split', splitWidth)}${pad('n', 5)}| ours: P      R      F1     RV     FP  FN  err | token_set_ratio: t   P      R      F1     FP  FN  err | err ours/base`,
  ];
  for (const { split, size, ours, oursReviewRate, baseline } of rows) {
    const base = baseline.metrics;
    const ratio = base.errors === 0 ? (ours.errors === 0 ? '0.00' : 'inf') : (ours.errors / base.errors).toFixed(2);
    lines.push(
      `${pad(split, splitWidth)}${pad(size, 5)}|       ${metricCells(ours, oursReviewRate)} |                  ${pad(baseline.threshold, 4)}${metricCells(base)} | ${ratio}`,
    );
  }
  return lines;
}

/** Share of decisions that are REVIEW; 0 for no decisions. */
export function reviewRate(decisions: readonly string[]): number {
  return decisions.length === 0 ? 0 : decisions.filter((decision) => decision === 'REVIEW').length / decisions.length;
}

function metricCells(metrics: BinaryMetrics, review?: number): string {
  const reviewCell = review === undefined ? '' : `${fixed(review)}  `;
  return `${fixed(metrics.precision)}  ${fixed(metrics.recall)}  ${fixed(metrics.f1)}  ${reviewCell}${pad(metrics.falsePositives, 4)}${pad(metrics.falseNegatives, 4)}${pad(metrics.errors, 3)}`;
}

export function printCategoryErrors(title: string, splits: readonly string[], rows: readonly CategoryErrors[]): void {
  console.log(`\n${title} (ours; cases FP/FN)`);
  const width = Math.max(20, ...rows.map((row) => row.category.length + 2));
  console.log(`${pad('category', width)}${splits.map((split) => pad(split, 14)).join('')}`);
  for (const row of rows) {
    const cells = splits.map((split) => {
      const cell = row.bySplit[split] ?? { cases: 0, falsePositives: 0, falseNegatives: 0 };
      return pad(`${cell.cases} ${cell.falsePositives}/${cell.falseNegatives}`, 14);
    });
    console.log(`${pad(row.category, width)}${cells.join('')}`);
  }
}

export interface DecidedCase {
  decision: string;
  actualMatch: boolean;
}

export interface DecisionCounts {
  cases: number;
  matches: number;
  nonMatches: number;
  /** Our decisions by value (MATCH, REVIEW, NO_MATCH). */
  byDecision: Record<string, number>;
  /** Non-matches we decided MATCH. */
  falseAccepts: number;
  reviewOfMatches: number;
  reviewOfNonMatches: number;
}

export function decisionCounts(cases: readonly DecidedCase[]): DecisionCounts {
  const counts: DecisionCounts = {
    cases: 0,
    matches: 0,
    nonMatches: 0,
    byDecision: {},
    falseAccepts: 0,
    reviewOfMatches: 0,
    reviewOfNonMatches: 0,
  };
  for (const { decision, actualMatch } of cases) {
    counts.cases++;
    counts.byDecision[decision] = (counts.byDecision[decision] ?? 0) + 1;
    if (actualMatch) counts.matches++;
    else counts.nonMatches++;
    if (decision === 'MATCH' && !actualMatch) counts.falseAccepts++;
    if (decision === 'REVIEW') {
      if (actualMatch) counts.reviewOfMatches++;
      else counts.reviewOfNonMatches++;
    }
  }
  return counts;
}

const share = (part: number, whole: number): string => `${part}/${whole} (${whole === 0 ? '-' : ((100 * part) / whole).toFixed(1)} %)`;

export function printDecisionCounts(split: string, counts: DecisionCounts): void {
  const review = counts.byDecision['REVIEW'] ?? 0;
  const decisions = [
    'MATCH',
    'REVIEW',
    'NO_MATCH',
    ...Object.keys(counts.byDecision).filter((d) => !['MATCH', 'REVIEW', 'NO_MATCH'].includes(d)),
  ];
  console.log(
    `ours decisions, ${split}: ${decisions.map((d) => `${d} ${counts.byDecision[d] ?? 0}`).join(' ')}` +
      ` | false accepts ${share(counts.falseAccepts, counts.nonMatches)} of non-matches` +
      ` | REVIEW ${share(review, counts.cases)} of all, ${share(counts.reviewOfMatches, counts.matches)} of matches, ${share(counts.reviewOfNonMatches, counts.nonMatches)} of non-matches`,
  );
}
