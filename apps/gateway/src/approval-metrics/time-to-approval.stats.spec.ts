import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { durationStats, percentile } from './time-to-approval.stats.js';

describe('time-to-approval figures', () => {
  it('takes nearest-rank percentiles', () => {
    const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    assert.equal(percentile(ten, 0.5), 50);
    assert.equal(percentile(ten, 0.9), 90);
    assert.equal(percentile([7], 0.5), 7);
    assert.equal(percentile([7], 0.9), 7);
    assert.equal(percentile([1, 2, 3], 0.5), 2);
    assert.equal(percentile([1, 2, 3], 0.9), 3);
    assert.equal(percentile([], 0.5), null);
  });

  it('gives count, mean, p50, p90 and the share within two hours, whatever the input order', () => {
    assert.deepEqual(durationStats([9000, 600, 3600, 7200]), {
      count: 4,
      meanSeconds: 5100,
      p50Seconds: 3600,
      p90Seconds: 9000,
      withinTwoHoursShare: 0.75,
    });
  });

  it('rounds the mean to milliseconds and the share to four decimals', () => {
    const stats = durationStats([1, 1, 2.0005]);
    assert.equal(stats.meanSeconds, 1.334);
    assert.equal(durationStats([1, 1, 8000]).withinTwoHoursShare, 0.6667);
  });

  it('has no figures for no approvals', () => {
    assert.deepEqual(durationStats([]), { count: 0, meanSeconds: null, p50Seconds: null, p90Seconds: null, withinTwoHoursShare: null });
  });
});
