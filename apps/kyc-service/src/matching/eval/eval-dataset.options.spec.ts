import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BLIND_DATASET, DEV_DATASET, FRESH_DATASET, HOLDOUT_DATASET, datasetFor } from './eval-dataset.options.js';

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
});
