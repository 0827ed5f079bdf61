export type MatchDecision = 'MATCH' | 'REVIEW' | 'NO_MATCH';

export interface MatchReason {
  code: string;
  detail: string;
}

export interface MatchThresholds {
  /** Scores at or above this are MATCH. */
  match: number;
  /** Scores at or above this (and below `match`) are REVIEW; below it, NO_MATCH. */
  review: number;
}

export interface MatchResult {
  /** 0-100 integer. */
  score: number;
  decision: MatchDecision;
  reasons: MatchReason[];
  components: Record<string, number>;
}
