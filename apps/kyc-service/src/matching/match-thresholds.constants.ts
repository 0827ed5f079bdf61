import type { MatchThresholds } from './match-result.js';

// Chosen on the dev split of data/kyc-eval (eval/eval-kyc.ts prints the sweep): names reach
// their fewest dev errors for match thresholds 75-85, identities for 60-85. We take the top of
// each plateau because a false MATCH costs a lender more than a manual review.
export const DEFAULT_NAME_THRESHOLDS: Readonly<MatchThresholds> = Object.freeze({ match: 85, review: 55 });

export const DEFAULT_IDENTITY_THRESHOLDS: Readonly<MatchThresholds> = Object.freeze({ match: 80, review: 55 });
