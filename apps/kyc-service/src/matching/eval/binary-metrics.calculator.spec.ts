import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { binaryMetrics } from './binary-metrics.calculator.js';

describe('binaryMetrics', () => {
  it('computes precision, recall, F1 and error counts', () => {
    const metrics = binaryMetrics([
      { predictedMatch: true, actualMatch: true },
      { predictedMatch: true, actualMatch: false },
      { predictedMatch: false, actualMatch: true },
      { predictedMatch: false, actualMatch: false },
    ]);
    assert.deepEqual(metrics, { precision: 0.5, recall: 0.5, f1: 0.5, falsePositives: 1, falseNegatives: 1, errors: 2 });
  });

  it('returns zeros rather than NaN when nothing is predicted', () => {
    assert.equal(binaryMetrics([{ predictedMatch: false, actualMatch: true }]).f1, 0);
  });
});
