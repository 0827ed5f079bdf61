import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  BLIND_DATASET,
  DEV_DATASET,
  FRESH_DATASET,
  HELDOUT_2026_DATASET,
  HELDOUT_2026B_DATASET,
  HELDOUT_2026C_DATASET,
  HELDOUT_2026D_DATASET,
  HOLDOUT_DATASET,
  PATTERNS_DATASET,
  datasetFor,
} from './eval-dataset.options.js';

describe('datasetFor', () => {
  it('reads the dev and test splits by default', () => {
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--show-errors']), DEV_DATASET);
  });

  it('reads the blind files with --blind', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--blind']);
    assert.equal(dataset, BLIND_DATASET);
    assert.deepEqual(dataset.splits, ['blind']);
  });

  it('reads the fresh files with --fresh', () => {
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--fresh']), FRESH_DATASET);
  });

  it('reads the holdout files with --holdout', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--holdout']);
    assert.equal(dataset, HOLDOUT_DATASET);
    assert.deepEqual(dataset.splits, ['holdout']);
  });

  it('reads the pattern files with --patterns', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--patterns']);
    assert.equal(dataset, PATTERNS_DATASET);
    assert.deepEqual([dataset.nameFile, dataset.identityFile], ['patterns-name-pairs.jsonl', 'patterns-identity-cases.jsonl']);
    assert.deepEqual(dataset.splits, ['patterns']);
  });

  it('reads the 2026 held-out files with --heldout2026', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--heldout2026']);
    assert.equal(dataset, HELDOUT_2026_DATASET);
    assert.equal(dataset.nameFile, 'heldout-2026-name-pairs.jsonl');
    assert.equal(dataset.identityFile, 'heldout-2026-identity-cases.jsonl');
    assert.deepEqual(dataset.splits, ['heldout2026']);
    assert.equal(dataset.sweepSplit, 'heldout2026');
  });

  it('reads the second 2026 held-out files with --heldout2026b', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--heldout2026b']);
    assert.equal(dataset, HELDOUT_2026B_DATASET);
    assert.equal(dataset.nameFile, 'heldout-2026b-name-pairs.jsonl');
    assert.equal(dataset.identityFile, 'heldout-2026b-identity-cases.jsonl');
    assert.deepEqual(dataset.splits, ['heldout2026b']);
    assert.equal(dataset.sweepSplit, 'heldout2026b');
  });

  it('reads the third 2026 held-out files with --heldout2026c', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--heldout2026c']);
    assert.equal(dataset, HELDOUT_2026C_DATASET);
    assert.equal(dataset.nameFile, 'heldout-2026c-name-pairs.jsonl');
    assert.equal(dataset.identityFile, 'heldout-2026c-identity-cases.jsonl');
    assert.deepEqual(dataset.splits, ['heldout2026c']);
    assert.equal(dataset.sweepSplit, 'heldout2026c');
  });

  it('reads the fourth 2026 held-out files with --heldout2026d', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--heldout2026d']);
    assert.equal(dataset, HELDOUT_2026D_DATASET);
    assert.equal(dataset.nameFile, 'heldout-2026d-name-pairs.jsonl');
    assert.equal(dataset.identityFile, 'heldout-2026d-identity-cases.jsonl');
    assert.deepEqual(dataset.splits, ['heldout2026d']);
    assert.equal(dataset.sweepSplit, 'heldout2026d');
  });

  it('reads a later held-out set by its letter, --heldout2026e and on', () => {
    const dataset = datasetFor(['node', 'eval-kyc.js', '--heldout2026g']);
    assert.equal(dataset.nameFile, 'heldout-2026g-name-pairs.jsonl');
    assert.equal(dataset.identityFile, 'heldout-2026g-identity-cases.jsonl');
    assert.deepEqual(dataset.splits, ['heldout2026g']);
    assert.equal(dataset.sweepSplit, 'heldout2026g');
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--heldout2026ee']), DEV_DATASET);
  });

  it('does not take --heldout2026d for --heldout2026c, --heldout2026b or --heldout2026', () => {
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--heldout2026c']), HELDOUT_2026C_DATASET);
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--heldout2026b']), HELDOUT_2026B_DATASET);
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--heldout2026']), HELDOUT_2026_DATASET);
  });

  it('does not take --heldout2026c for --heldout2026b or --heldout2026', () => {
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--heldout2026b']), HELDOUT_2026B_DATASET);
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--heldout2026']), HELDOUT_2026_DATASET);
  });

  it('does not take --heldout2026b for --heldout2026', () => {
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--heldout2026']), HELDOUT_2026_DATASET);
  });

  it('does not take --holdout for --heldout2026', () => {
    assert.equal(datasetFor(['node', 'eval-kyc.js', '--holdout']), HOLDOUT_DATASET);
  });
});
