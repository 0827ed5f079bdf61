import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rssGrowthLine } from './rss-growth.js';

describe('rssGrowthLine', () => {
  it('measures growth from the first round to the last and says whether it is within 10 %', () => {
    assert.equal(rssGrowthLine([200, 205, 210]), 'gateway RSS after each round: 200, 205, 210 MiB; round 1 → 3: +5.0 % (within 10 %)');
    assert.equal(rssGrowthLine([200, 230, 260]), 'gateway RSS after each round: 200, 230, 260 MiB; round 1 → 3: +30.0 % (OVER 10 %)');
    assert.equal(rssGrowthLine([200, 190]), 'gateway RSS after each round: 200, 190 MiB; round 1 → 2: -5.0 % (within 10 %)');
  });

  it('says so when nothing was measured', () => {
    assert.equal(rssGrowthLine([]), 'gateway RSS: not measured');
  });
});
