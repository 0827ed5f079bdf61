/** Which labelled files an evaluation run reads, and which split its threshold sweep uses. */
export interface EvalDataset {
  nameFile: string;
  identityFile: string;
  splits: readonly string[];
  sweepSplit: string;
}

export const DEV_DATASET: EvalDataset = Object.freeze({
  nameFile: 'name-pairs.jsonl',
  identityFile: 'identity-cases.jsonl',
  splits: ['dev', 'test', 'all'],
  sweepSplit: 'dev',
});

// Written before the engine was read, to estimate how far the dev figures generalise.
export const BLIND_DATASET: EvalDataset = Object.freeze({
  nameFile: 'blind-name-pairs.jsonl',
  identityFile: 'blind-identity-cases.jsonl',
  splits: ['blind'],
  sweepSplit: 'blind',
});

// Written after the engine had been tuned on the blind set, and never tuned on itself.
export const FRESH_DATASET: EvalDataset = Object.freeze({
  nameFile: 'fresh-name-pairs.jsonl',
  identityFile: 'fresh-identity-cases.jsonl',
  splits: ['fresh'],
  sweepSplit: 'fresh',
});

// Written before the recall work on transliterations, to give an untuned estimate of it.
export const HOLDOUT_DATASET: EvalDataset = Object.freeze({
  nameFile: 'holdout-name-pairs.jsonl',
  identityFile: 'holdout-identity-cases.jsonl',
  splits: ['holdout'],
  sweepSplit: 'holdout',
});

// Written in 2026 by the engine's maintainers from general patterns of Indian names (regional spellings, glued
// suffixes, initials; and the kinds of look-alikes that give false accepts), to check rules for those patterns.
export const PATTERNS_DATASET: EvalDataset = Object.freeze({
  nameFile: 'patterns-name-pairs.jsonl',
  identityFile: 'patterns-identity-cases.jsonl',
  splits: ['patterns'],
  sweepSplit: 'patterns',
});

// Written in 2026 by someone who never read the engine, and recorded on it untouched before any change (data/kyc-eval/HELDOUT-2026.md).
export const HELDOUT_2026_DATASET: EvalDataset = Object.freeze({
  nameFile: 'heldout-2026-name-pairs.jsonl',
  identityFile: 'heldout-2026-identity-cases.jsonl',
  splits: ['heldout2026'],
  sweepSplit: 'heldout2026',
});

// Written in 2026 by a second author who never read the engine, recorded on it untouched, then promoted to dev (data/kyc-eval/HELDOUT-2026B.md).
export const HELDOUT_2026B_DATASET: EvalDataset = Object.freeze({
  nameFile: 'heldout-2026b-name-pairs.jsonl',
  identityFile: 'heldout-2026b-identity-cases.jsonl',
  splits: ['heldout2026b'],
  sweepSplit: 'heldout2026b',
});

// Written in 2026 by a third author who never read the engine, and recorded on it untouched (data/kyc-eval/HELDOUT-2026C.md).
export const HELDOUT_2026C_DATASET: EvalDataset = Object.freeze({
  nameFile: 'heldout-2026c-name-pairs.jsonl',
  identityFile: 'heldout-2026c-identity-cases.jsonl',
  splits: ['heldout2026c'],
  sweepSplit: 'heldout2026c',
});

// Written in 2026 by a fourth author who never read the engine, and recorded on it untouched (data/kyc-eval/HELDOUT-2026D.md).
export const HELDOUT_2026D_DATASET: EvalDataset = Object.freeze({
  nameFile: 'heldout-2026d-name-pairs.jsonl',
  identityFile: 'heldout-2026d-identity-cases.jsonl',
  splits: ['heldout2026d'],
  sweepSplit: 'heldout2026d',
});

export function datasetFor(argv: readonly string[]): EvalDataset {
  if (argv.includes('--heldout2026d')) return HELDOUT_2026D_DATASET;
  if (argv.includes('--heldout2026c')) return HELDOUT_2026C_DATASET;
  if (argv.includes('--heldout2026b')) return HELDOUT_2026B_DATASET;
  if (argv.includes('--heldout2026')) return HELDOUT_2026_DATASET;
  if (argv.includes('--holdout')) return HOLDOUT_DATASET;
  if (argv.includes('--patterns')) return PATTERNS_DATASET;
  if (argv.includes('--fresh')) return FRESH_DATASET;
  return argv.includes('--blind') ? BLIND_DATASET : DEV_DATASET;
}
