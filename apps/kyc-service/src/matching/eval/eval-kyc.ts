// Evaluates name and identity matching on data/kyc-eval against fuzzball's token_set_ratio.
// Run from the repository root: node dist/apps/kyc-service/src/matching/eval/eval-kyc.js [--blind | --fresh | --holdout | --patterns | --heldout2026 | --heldout2026<letter>] [--show-errors]
import { token_set_ratio as tokenSetRatio } from 'fuzzball';
import { parseDob } from '../dob/dob.parser.js';
import { matchIdentity } from '../identity/identity.matcher.js';
import type { MatchResult, MatchThresholds } from '../match-result.js';
import { DEFAULT_IDENTITY_THRESHOLDS, DEFAULT_NAME_THRESHOLDS } from '../match-thresholds.constants.js';
import { matchNames } from '../name/name.matcher.js';
import { binaryMetrics } from './binary-metrics.calculator.js';
import { datasetFor } from './eval-dataset.options.js';
import {
  type CategoryErrors,
  type SplitReport,
  decisionCounts,
  printCategoryErrors,
  printDecisionCounts,
  printSplitTable,
  reviewRate,
} from './eval-report.printer.js';
import { type IdentityCase, type NamePairCase, kycEvalPath, readJsonLines } from './kyc-dataset.reader.js';
import { type ScoredCase, bestThreshold } from './threshold.searcher.js';

interface Judged {
  split: string;
  category: string;
  actualMatch: boolean;
  ours: MatchResult;
  /** Ours again at another match threshold, for the sweep that chose the default. */
  oursAt: (thresholds: MatchThresholds) => MatchResult;
  baseline: ScoredCase;
  describe: () => string;
}

const dataset = datasetFor(process.argv);
const showErrors = process.argv.includes('--show-errors');

const names: Judged[] = readJsonLines<NamePairCase>(kycEvalPath(dataset.nameFile)).map((pair) => ({
  split: pair.split,
  category: pair.category,
  actualMatch: pair.label === 'MATCH',
  ours: matchNames(pair.a, pair.b),
  oursAt: (thresholds) => matchNames(pair.a, pair.b, thresholds),
  baseline: { score: tokenSetRatio(pair.a, pair.b), actualMatch: pair.label === 'MATCH' },
  describe: () => `${pair.a} | ${pair.b}`,
}));

// The identity baseline must also see equal, fully known dates of birth, read with our parser.
const identities: Judged[] = readJsonLines<IdentityCase>(kycEvalPath(dataset.identityFile)).map((item) => ({
  split: item.split,
  category: item.category,
  actualMatch: item.label === 'MATCH',
  ours: matchIdentity(item.applicant, item.source),
  oursAt: (thresholds) => matchIdentity(item.applicant, item.source, thresholds),
  baseline: {
    score: tokenSetRatio(item.applicant.name, item.source.name),
    actualMatch: item.label === 'MATCH',
    eligible: sameFullDate(item.applicant.dob, item.source.dob),
  },
  describe: () => `${item.applicant.name} ${item.applicant.dob} | ${item.source.name} ${item.source.dob}`,
}));

console.log(
  'KYC matching evaluation: MATCH vs not (REVIEW counts as not MATCH); RV = share of cases ours leaves at REVIEW; baseline threshold searched 0-100 per row',
);
report(
  `Names (data/kyc-eval/${dataset.nameFile}; ours at match ${DEFAULT_NAME_THRESHOLDS.match} / review ${DEFAULT_NAME_THRESHOLDS.review})`,
  names,
  DEFAULT_NAME_THRESHOLDS,
);
report(
  `Identities (data/kyc-eval/${dataset.identityFile}; ours at match ${DEFAULT_IDENTITY_THRESHOLDS.match} / review ${DEFAULT_IDENTITY_THRESHOLDS.review}; baseline = name token_set_ratio >= t and equal dates of birth)`,
  identities,
  DEFAULT_IDENTITY_THRESHOLDS,
);

function report(title: string, cases: Judged[], defaults: MatchThresholds): void {
  const rows: SplitReport[] = dataset.splits.map((split) => {
    const subset = cases.filter((item) => split === 'all' || item.split === split);
    return {
      split,
      size: subset.length,
      ours: binaryMetrics(subset.map((item) => ({ predictedMatch: item.ours.decision === 'MATCH', actualMatch: item.actualMatch }))),
      oursReviewRate: reviewRate(subset.map((item) => item.ours.decision)),
      baseline: bestThreshold(subset.map((item) => item.baseline)),
    };
  });
  printSplitTable(title, rows);
  for (const split of dataset.splits) {
    const subset = cases.filter((item) => split === 'all' || item.split === split);
    printDecisionCounts(
      split,
      decisionCounts(subset.map((item) => ({ decision: String(item.ours.decision), actualMatch: item.actualMatch }))),
    );
  }
  printSweep(
    cases.filter((item) => item.split === dataset.sweepSplit),
    defaults,
  );
  printCategoryErrors('Errors by category', dataset.splits, categoryErrors(cases));
  if (showErrors) printErrors(cases);
}

function printSweep(swept: Judged[], defaults: MatchThresholds): void {
  const cells: string[] = [];
  for (let match = 60; match <= 100; match += 5) {
    const thresholds = { match, review: Math.min(defaults.review, match) };
    const errors = swept.filter((item) => (item.oursAt(thresholds).decision === 'MATCH') !== item.actualMatch).length;
    cells.push(`${match}:${errors}`);
  }
  console.log(`ours, ${dataset.sweepSplit} errors by match threshold: ${cells.join(' ')}`);
}

function categoryErrors(cases: Judged[]): CategoryErrors[] {
  const byCategory = new Map<string, CategoryErrors>();
  for (const item of cases) {
    const row = byCategory.get(item.category) ?? { category: item.category, bySplit: {} };
    byCategory.set(item.category, row);
    for (const split of [item.split, 'all']) {
      const cell = (row.bySplit[split] ??= { cases: 0, falsePositives: 0, falseNegatives: 0 });
      const predicted = item.ours.decision === 'MATCH';
      cell.cases++;
      if (predicted && !item.actualMatch) cell.falsePositives++;
      if (!predicted && item.actualMatch) cell.falseNegatives++;
    }
  }
  return [...byCategory.values()];
}

function printErrors(cases: Judged[]): void {
  for (const item of cases) {
    if ((item.ours.decision === 'MATCH') === item.actualMatch) continue;
    const reasons = item.ours.reasons.map((reason) => reason.code).join(',');
    console.log(
      `  [${item.split}/${item.category}] expected ${item.actualMatch ? 'MATCH' : 'not'}: ${item.describe()} -> ${item.ours.score} ${item.ours.decision} ${reasons}`,
    );
  }
}

function sameFullDate(first: string, second: string): boolean {
  const [a, b] = [parseDob(first), parseDob(second)];
  return a !== null && b !== null && a.month !== null && a.year === b.year && a.month === b.month && a.day === b.day;
}
