import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertThresholds, atMost, clampToDecision, decide } from './match-decision.policy.js';

const thresholds = { match: 85, review: 55 };

describe('match decision policy', () => {
  it('maps scores to decisions at the thresholds', () => {
    assert.equal(decide(85, thresholds), 'MATCH');
    assert.equal(decide(84, thresholds), 'REVIEW');
    assert.equal(decide(54, thresholds), 'NO_MATCH');
  });

  it('caps decisions and keeps the score inside the capped band', () => {
    assert.equal(atMost('MATCH', 'REVIEW'), 'REVIEW');
    assert.equal(atMost('NO_MATCH', 'REVIEW'), 'NO_MATCH');
    assert.equal(clampToDecision(97, 'REVIEW', thresholds), 84);
    assert.equal(clampToDecision(70, 'NO_MATCH', thresholds), 54);
  });

  it('rejects thresholds out of order or range', () => {
    assert.throws(() => assertThresholds({ match: 50, review: 60 }), RangeError);
    assert.throws(() => assertThresholds({ match: 120, review: 60 }), RangeError);
  });
});
