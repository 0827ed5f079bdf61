import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus } from '@los/contracts';
import type { UnderwritingDeskSettings } from '../../underwriting-desk.settings.js';
import type { UnderwritingReviewCase, UnderwritingReviewsRepository } from '../../underwriting-reviews.repository.js';
import { ListUnderwritingReviewsUseCase } from './list-underwriting-reviews.usecase.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const SETTINGS: UnderwritingDeskSettings = {
  slaMs: 2 * 3_600_000,
  claimMs: 900_000,
  checkerAbove: '500000.00',
  slaMarginMs: 0,
  slaScanMs: 1000,
};

function review(applicationId: string, createdAt: string, extra: Partial<UnderwritingReviewCase> = {}): UnderwritingReviewCase {
  return {
    applicationId,
    status: ApplicationStatus.ManualReview,
    createdAt: new Date(createdAt),
    amount: '250000.00',
    partnerCode: 'AURUM_PRIME',
    documentsRequired: [],
    enteredReviewAt: new Date(createdAt),
    referral: '[AMOUNT_ABOVE_AUTO_LIMIT] REFER by t v1 (acceptance)',
    claimedBy: null,
    claimExpiresAt: null,
    makerId: null,
    makerAt: null,
    resolvedAt: null,
    ...extra,
  };
}

describe('the underwriting review queue', () => {
  it('lists soonest deadline first with the time left, negative when late, the referral reasons and live claims only', async () => {
    const rows = [
      review('b', '2026-03-01T11:00:00.000Z', { claimedBy: 'u9', claimExpiresAt: new Date('2026-03-01T11:59:00.000Z') }),
      review('a', '2026-03-01T09:30:00.000Z', { claimedBy: 'u1', claimExpiresAt: new Date('2026-03-01T12:10:00.000Z') }),
    ];
    const repository = { findQueue: async () => rows } as unknown as UnderwritingReviewsRepository;
    const { items } = await new ListUnderwritingReviewsUseCase(repository, SETTINGS).execute(50, NOW);
    assert.deepEqual(
      items.map((item) => [item.applicationId, item.deadline, item.secondsLeft, item.late, item.claimedBy]),
      [
        ['a', '2026-03-01T11:30:00.000Z', -1800, true, 'u1'],
        ['b', '2026-03-01T13:00:00.000Z', 3600, false, null],
      ],
    );
    assert.deepEqual(items[0]!.referralReasons, ['AMOUNT_ABOVE_AUTO_LIMIT']);
    assert.deepEqual([items[0]!.amount, items[0]!.currency], ['250000.00', 'INR']);
  });
});
