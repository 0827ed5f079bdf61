import type { BinaryMetrics } from './binary-metrics.calculator.js';
import type { ThresholdChoice } from './threshold.searcher.js';

export interface SplitReport {
  split: string;
  size: number;
  ours: BinaryMetrics;
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
  console.log(`\n${title}`);
  console.log(
    `${pad('split', 6)}${pad('n', 5)}| ours: P      R      F1     FP  FN  err | token_set_ratio: t   P      R      F1     FP  FN  err | err ours/base`,
  );
  for (const { split, size, ours, baseline } of rows) {
    const base = baseline.metrics;
    const ratio = base.errors === 0 ? (ours.errors === 0 ? '0.00' : 'inf') : (ours.errors / base.errors).toFixed(2);
    console.log(
      `${pad(split, 6)}${pad(size, 5)}|       ${metricCells(ours)} |                  ${pad(baseline.threshold, 4)}${metricCells(base)} | ${ratio}`,
    );
  }
}

function metricCells(metrics: BinaryMetrics): string {
  return `${fixed(metrics.precision)}  ${fixed(metrics.recall)}  ${fixed(metrics.f1)}  ${pad(metrics.falsePositives, 4)}${pad(metrics.falseNegatives, 4)}${pad(metrics.errors, 3)}`;
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
