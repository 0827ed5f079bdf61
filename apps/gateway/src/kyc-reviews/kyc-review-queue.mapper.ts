import type { KycReviewSummary } from '@los/contracts';
import type { KycReviewQueueItemView } from './kyc-review.views.js';
import type { KycReviewCase } from './kyc-reviews.repository.js';

const SOURCE_UNAVAILABLE = 'SOURCE_UNAVAILABLE:';

/** In review only because a source was down, and kyc-service will ask it again: no person needed yet. */
export function isWaitingOnSource(summary: Pick<KycReviewSummary, 'reasons' | 'redriveDueAt'> | undefined): boolean {
  if (!summary || summary.redriveDueAt === null || summary.reasons.length === 0) return false;
  return summary.reasons.every((reason) => reason.startsWith(SOURCE_UNAVAILABLE));
}

/** A claim counts only while it lasts. */
export function liveClaimOf(review: KycReviewCase, now: Date): { claimedBy: string | null; claimExpiresAt: string | null } {
  const live = review.resolvedAt === null && review.claimedBy !== null && review.claimExpiresAt !== null && review.claimExpiresAt > now;
  return live
    ? { claimedBy: review.claimedBy, claimExpiresAt: review.claimExpiresAt!.toISOString() }
    : { claimedBy: null, claimExpiresAt: null };
}

/** `summary` is kyc-service's view of the same attempt, when it has one. */
export function queueItemOf(review: KycReviewCase, summary: KycReviewSummary | undefined, now: Date): KycReviewQueueItemView {
  const same = summary?.kycId === review.kycId ? summary : undefined;
  return {
    applicationId: review.applicationId,
    kycId: review.kycId,
    enteredReviewAt: review.enteredReviewAt?.toISOString() ?? null,
    reasons: same ? [...same.reasons] : [],
    waitingOnSource: isWaitingOnSource(same),
    redriveDueAt: same?.redriveDueAt ?? null,
    ...liveClaimOf(review, now),
  };
}
