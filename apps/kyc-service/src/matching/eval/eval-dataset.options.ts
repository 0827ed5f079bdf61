/** Which labelled files an evaluation run reads, and which split its threshold sweep uses. */
export interface EvalDataset {
  nameFile: string;
  identityFile: string;
  splits: readonly string[];
  sweepSplit: string;
}

/** A set kept in `<prefix>-name-pairs.jsonl` and `<prefix>-identity-cases.jsonl`, all of it in one split. */
function oneSplitDataset(prefix: string, split: string): EvalDataset {
  return Object.freeze({
    nameFile: `${prefix}-name-pairs.jsonl`,
    identityFile: `${prefix}-identity-cases.jsonl`,
    splits: [split],
    sweepSplit: split,
  });
}

export const DEV_DATASET: EvalDataset = Object.freeze({
  nameFile: 'name-pairs.jsonl',
  identityFile: 'identity-cases.jsonl',
  splits: ['dev', 'test', 'all'],
  sweepSplit: 'dev',
});

// Written before the engine was read, to estimate how far the dev figures generalise.
export const BLIND_DATASET = oneSplitDataset('blind', 'blind');

// Written after the engine had been tuned on the blind set, and never tuned on itself.
export const FRESH_DATASET = oneSplitDataset('fresh', 'fresh');

// Written before the recall work on transliterations, to give an untuned estimate of it.
export const HOLDOUT_DATASET = oneSplitDataset('holdout', 'holdout');

// Written in 2026 by the engine's maintainers from general patterns of Indian names (regional spellings, glued
// suffixes, initials; and the kinds of look-alikes that give false accepts), to check rules for those patterns.
export const PATTERNS_DATASET = oneSplitDataset('patterns', 'patterns');

// Written in 2026 by someone who never read the engine, and recorded on it untouched before any change (data/kyc-eval/HELDOUT-2026.md).
export const HELDOUT_2026_DATASET = oneSplitDataset('heldout-2026', 'heldout2026');

// Written in 2026 by a second author who never read the engine, recorded on it untouched, then promoted to dev (data/kyc-eval/HELDOUT-2026B.md).
export const HELDOUT_2026B_DATASET = oneSplitDataset('heldout-2026b', 'heldout2026b');

// Written in 2026 by a third author who never read the engine, recorded on it untouched, then promoted to dev (data/kyc-eval/HELDOUT-2026C.md).
export const HELDOUT_2026C_DATASET = oneSplitDataset('heldout-2026c', 'heldout2026c');

// Written in 2026 by a fourth author who never read the engine, recorded on it untouched, then promoted to dev on
// 2026-12-06 for engine round 3 (data/kyc-eval/HELDOUT-2026D.md).
export const HELDOUT_2026D_DATASET = oneSplitDataset('heldout-2026d', 'heldout2026d');

/** Later held-out sets need no constant: `--heldout2026e` reads `heldout-2026e-*.jsonl`, split `heldout2026e`. */
const LATER_HELDOUT_FLAG = /^--heldout2026([e-z])$/;

function laterHeldoutDataset(argv: readonly string[]): EvalDataset | undefined {
  const letter = argv.map((arg) => LATER_HELDOUT_FLAG.exec(arg)?.[1]).find(Boolean);
  return letter ? oneSplitDataset(`heldout-2026${letter}`, `heldout2026${letter}`) : undefined;
}

export function datasetFor(argv: readonly string[]): EvalDataset {
  const later = laterHeldoutDataset(argv);
  if (later) return later;
  if (argv.includes('--heldout2026d')) return HELDOUT_2026D_DATASET;
  if (argv.includes('--heldout2026c')) return HELDOUT_2026C_DATASET;
  if (argv.includes('--heldout2026b')) return HELDOUT_2026B_DATASET;
  if (argv.includes('--heldout2026')) return HELDOUT_2026_DATASET;
  if (argv.includes('--holdout')) return HOLDOUT_DATASET;
  if (argv.includes('--patterns')) return PATTERNS_DATASET;
  if (argv.includes('--fresh')) return FRESH_DATASET;
  return argv.includes('--blind') ? BLIND_DATASET : DEV_DATASET;
}
