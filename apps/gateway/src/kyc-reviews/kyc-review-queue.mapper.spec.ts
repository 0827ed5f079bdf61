import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus } from '@los/contracts';
import { isWaitingOnSource, liveClaimOf, queueItemOf } from './kyc-review-queue.mapper.js';
import type { KycReviewCase } from './kyc-reviews.repository.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const DUE = '2026-03-01T12:01:00.000Z';

function review(over: Partial<KycReviewCase> = {}): KycReviewCase {
  return {
    applicationId: 'app-1',
    status: ApplicationStatus.KycReview,
    kycId: 'kyc-1',
    enteredReviewAt: new Date('2026-03-01T11:00:00.000Z'),
    claimedBy: null,
    claimExpiresAt: null,
    resolvedAt: null,
    ...over,
  };
}

describe('KYC review queue items', () => {
  it('waits on a source only when every reason is an unavailable source and a re-drive is scheduled', () => {
    assert.equal(isWaitingOnSource({ reasons: ['SOURCE_UNAVAILABLE:CKYC'], redriveDueAt: DUE }), true);
    assert.equal(isWaitingOnSource({ reasons: ['SOURCE_UNAVAILABLE:CKYC', 'SOURCE_UNAVAILABLE:PAN'], redriveDueAt: DUE }), true);
    assert.equal(isWaitingOnSource({ reasons: ['SOURCE_UNAVAILABLE:CKYC'], redriveDueAt: null }), false, 're-drives given up');
    assert.equal(isWaitingOnSource({ reasons: ['SOURCE_UNAVAILABLE:CKYC', 'NAME_REVIEW:PAN'], redriveDueAt: DUE }), false);
    assert.equal(isWaitingOnSource({ reasons: ['SOURCE_ERROR:CKYC'], redriveDueAt: DUE }), false);
    assert.equal(isWaitingOnSource({ reasons: [], redriveDueAt: DUE }), false);
    assert.equal(isWaitingOnSource(undefined), false);
  });

  it('shows a claim only while it lasts and the review is open', () => {
    const later = new Date(NOW.getTime() + 60_000);
    assert.deepEqual(liveClaimOf(review({ claimedBy: 'u1', claimExpiresAt: later }), NOW), {
      claimedBy: 'u1',
      claimExpiresAt: later.toISOString(),
    });
    const none = { claimedBy: null, claimExpiresAt: null };
    assert.deepEqual(liveClaimOf(review({ claimedBy: 'u1', claimExpiresAt: NOW }), NOW), none, 'expired');
    assert.deepEqual(liveClaimOf(review({ claimedBy: 'u1', claimExpiresAt: later, resolvedAt: NOW }), NOW), none, 'resolved');
    assert.deepEqual(liveClaimOf(review(), NOW), none);
  });

  it("takes kyc-service's reasons only for the same attempt", () => {
    const summary = {
      applicationId: 'app-1',
      kycId: 'kyc-1',
      status: 'REVIEW' as const,
      reasons: ['SOURCE_UNAVAILABLE:CKYC'],
      redriveDueAt: DUE,
    };
    assert.deepEqual(queueItemOf(review(), summary, NOW), {
      applicationId: 'app-1',
      kycId: 'kyc-1',
      enteredReviewAt: '2026-03-01T11:00:00.000Z',
      reasons: ['SOURCE_UNAVAILABLE:CKYC'],
      waitingOnSource: true,
      redriveDueAt: DUE,
      claimedBy: null,
      claimExpiresAt: null,
    });
    const other = queueItemOf(review(), { ...summary, kycId: 'kyc-0' }, NOW);
    assert.deepEqual([other.reasons, other.waitingOnSource, other.redriveDueAt], [[], false, null]);
  });
});
