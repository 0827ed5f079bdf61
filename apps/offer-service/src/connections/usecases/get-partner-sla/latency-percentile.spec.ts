import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { percentile } from './latency-percentile.js';

describe('percentile', () => {
  it('takes the nearest rank, and null without figures', () => {
    const figures = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.deepEqual([percentile(figures, 50), percentile(figures, 95), percentile(figures, 99)], [50, 95, 99]);
    assert.deepEqual([percentile([7], 50), percentile([7], 99), percentile([], 50)], [7, 7, null]);
    assert.equal(percentile([10, 20, 30], 50), 20);
  });
});
