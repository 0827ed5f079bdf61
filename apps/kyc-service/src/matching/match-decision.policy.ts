import type { MatchDecision, MatchThresholds } from './match-result.js';

const RANK: Record<MatchDecision, number> = { NO_MATCH: 0, REVIEW: 1, MATCH: 2 };

export function decide(score: number, thresholds: MatchThresholds): MatchDecision {
  if (score >= thresholds.match) return 'MATCH';
  return score >= thresholds.review ? 'REVIEW' : 'NO_MATCH';
}

export function atMost(decision: MatchDecision, ceiling: MatchDecision): MatchDecision {
  return RANK[decision] <= RANK[ceiling] ? decision : ceiling;
}

/** Keeps a capped score inside the band of its decision, so score and decision never disagree. */
export function clampToDecision(score: number, decision: MatchDecision, thresholds: MatchThresholds): number {
  if (decision === 'NO_MATCH') return Math.min(score, thresholds.review - 1);
  if (decision === 'REVIEW') return Math.min(Math.max(score, thresholds.review), thresholds.match - 1);
  return Math.max(score, thresholds.match);
}

export function assertThresholds({ match, review }: MatchThresholds): void {
  if (!(review >= 0 && review <= match && match <= 100)) {
    throw new RangeError(`thresholds must satisfy 0 <= review <= match <= 100, got review ${review}, match ${match}`);
  }
}
