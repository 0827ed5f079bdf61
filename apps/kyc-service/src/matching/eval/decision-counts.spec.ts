import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decisionCounts } from './eval-report.printer.js';

describe('decisionCounts', () => {
  it('counts decisions, false accepts and REVIEW among matches and non-matches', () => {
    const counts = decisionCounts([
      { decision: 'MATCH', actualMatch: true },
      { decision: 'MATCH', actualMatch: false },
      { decision: 'REVIEW', actualMatch: true },
      { decision: 'REVIEW', actualMatch: false },
      { decision: 'REVIEW', actualMatch: false },
      { decision: 'NO_MATCH', actualMatch: false },
    ]);
    assert.deepEqual(counts, {
      cases: 6,
      matches: 2,
      nonMatches: 4,
      byDecision: { MATCH: 2, REVIEW: 3, NO_MATCH: 1 },
      falseAccepts: 1,
      reviewOfMatches: 1,
      reviewOfNonMatches: 2,
    });
  });

  it('counts nothing for no cases', () => {
    assert.equal(decisionCounts([]).cases, 0);
  });
});
