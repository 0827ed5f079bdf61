import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bestThreshold } from './threshold.searcher.js';

describe('bestThreshold', () => {
  it('finds the threshold that separates the labels', () => {
    const choice = bestThreshold([
      { score: 95, actualMatch: true },
      { score: 80, actualMatch: true },
      { score: 79, actualMatch: false },
      { score: 40, actualMatch: false },
    ]);
    assert.equal(choice.threshold, 80);
    assert.equal(choice.metrics.errors, 0);
  });

  it('respects an eligibility condition', () => {
    const choice = bestThreshold([
      { score: 99, actualMatch: false, eligible: false },
      { score: 90, actualMatch: true },
    ]);
    assert.equal(choice.metrics.falsePositives, 0);
  });
});
