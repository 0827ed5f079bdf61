import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { binaryMetrics } from './binary-metrics.calculator.js';
import { reviewRate, splitTableLines } from './eval-report.printer.js';

describe('reviewRate', () => {
  it('is the share of decisions left at REVIEW', () => {
    assert.equal(reviewRate(['MATCH', 'REVIEW', 'NO_MATCH', 'REVIEW']), 0.5);
    assert.equal(reviewRate(['MATCH', 'NO_MATCH']), 0);
  });

  it('is 0 rather than NaN for an empty split', () => {
    assert.equal(reviewRate([]), 0);
  });
});

describe('splitTableLines', () => {
  it('prints the review rate beside precision, recall and F1 under an RV heading', () => {
    const ours = binaryMetrics([
      { predictedMatch: true, actualMatch: true },
      { predictedMatch: false, actualMatch: true },
    ]);
    const baseline = { threshold: 80, metrics: binaryMetrics([{ predictedMatch: true, actualMatch: false }]) };
    const [, header, row] = splitTableLines('Names', [{ split: 'dev', size: 8, ours, oursReviewRate: 0.125, baseline }]);
    assert.match(header, /ours: P +R +F1 +RV +FP +FN +err \|/);
    assert.match(row, /^dev +8 +\| +1\.000 +0\.500 +0\.667 +0\.125 +0 +1 +1 +\| +80 +0\.000/);
  });
});
