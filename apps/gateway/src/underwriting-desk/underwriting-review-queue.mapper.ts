import { CURRENCY } from '@los/contracts';
import { deadlineOf, referralReasonsOf, secondsLeft } from './review-deadline.js';
import type { UnderwritingReviewQueueItemView } from './underwriting-review.views.js';
import type { UnderwritingReviewCase } from './underwriting-reviews.repository.js';

/** A claim counts only while it lasts. */
export function liveClaimOf(review: UnderwritingReviewCase, now: Date): { claimedBy: string | null; claimExpiresAt: string | null } {
  const live = review.resolvedAt === null && review.claimedBy !== null && review.claimExpiresAt !== null && review.claimExpiresAt > now;
  return live
    ? { claimedBy: review.claimedBy, claimExpiresAt: review.claimExpiresAt!.toISOString() }
    : { claimedBy: null, claimExpiresAt: null };
}

export function queueItemOf(review: UnderwritingReviewCase, slaMs: number, now: Date): UnderwritingReviewQueueItemView {
  const deadline = deadlineOf(review.createdAt, slaMs);
  const left = secondsLeft(deadline, now);
  return {
    applicationId: review.applicationId,
    partnerCode: review.partnerCode,
    amount: review.amount,
    currency: CURRENCY,
    createdAt: review.createdAt.toISOString(),
    enteredReviewAt: review.enteredReviewAt?.toISOString() ?? null,
    deadline: deadline.toISOString(),
    secondsLeft: left,
    late: left < 0,
    referralReasons: referralReasonsOf(review.referral),
    documentsRequired: review.documentsRequired,
    ...liveClaimOf(review, now),
    makerId: review.resolvedAt === null ? review.makerId : null,
  };
}
