import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import type { KycReviewCase, KycReviewsRepository } from '../../kyc-reviews.repository.js';
import { ClaimKycReviewUseCase } from './claim-kyc-review.usecase.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const TTL = 15 * 60_000;

function setup({ found = true, status = ApplicationStatus.KycReview, resolved = false, claimWins = true, resolvedMeanwhile = false } = {}) {
  const review: KycReviewCase = {
    applicationId: 'app-1',
    status,
    kycId: 'kyc-1',
    enteredReviewAt: NOW,
    claimedBy: null,
    claimExpiresAt: null,
    resolvedAt: resolved ? NOW : null,
  };
  let reads = 0;
  const claims: unknown[][] = [];
  const audits: object[] = [];
  const repository = {
    findCase: async () => {
      reads++;
      if (!found) return null;
      return reads > 1 && resolvedMeanwhile ? { ...review, resolvedAt: NOW } : review;
    },
    claim: async (_manager: unknown, target: object, userId: string, now: Date, expiresAt: Date) => {
      claims.push([target, userId, now, expiresAt]);
      return claimWins;
    },
  } as unknown as KycReviewsRepository;
  const manager = { insert: async (_entity: unknown, row: object) => audits.push(row) };
  const dataSource = { transaction: (work: (m: typeof manager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  return { sut: new ClaimKycReviewUseCase(dataSource, repository, TTL), claims, audits };
}

const refusedWith = (code: ErrorCode) => (error: unknown) => error instanceof AppException && error.code === code;

describe('claiming a KYC review', () => {
  it('gives the review to the caller for the configured time and audits it', async () => {
    const { sut, claims, audits } = setup();
    const view = await sut.execute({ applicationId: 'app-1', userId: 'u1' }, NOW);
    const until = new Date(NOW.getTime() + TTL);
    assert.deepEqual(view, { applicationId: 'app-1', kycId: 'kyc-1', claimedBy: 'u1', claimExpiresAt: until.toISOString() });
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0].slice(1), ['u1', NOW, until]);
    assert.deepEqual(audits, [
      { kycId: 'kyc-1', applicationId: 'app-1', action: 'CLAIMED', actor: 'user:u1', detail: `until ${until.toISOString()}`, at: NOW },
    ]);
  });

  it("refuses someone else's live claim with REVIEW_ALREADY_CLAIMED, writing nothing", async () => {
    const { sut, audits } = setup({ claimWins: false });
    await assert.rejects(sut.execute({ applicationId: 'app-1', userId: 'u2' }, NOW), refusedWith(ErrorCode.ReviewAlreadyClaimed));
    assert.deepEqual(audits, []);
  });

  it('refuses a review resolved before or during the claim', async () => {
    await assert.rejects(
      setup({ resolved: true }).sut.execute({ applicationId: 'app-1', userId: 'u1' }, NOW),
      refusedWith(ErrorCode.ReviewAlreadyResolved),
    );
    const raced = setup({ claimWins: false, resolvedMeanwhile: true });
    await assert.rejects(raced.sut.execute({ applicationId: 'app-1', userId: 'u1' }, NOW), refusedWith(ErrorCode.ReviewAlreadyResolved));
  });

  it('refuses an application that is not in KYC review, or has no KYC', async () => {
    const verified = setup({ status: ApplicationStatus.KycVerified });
    await assert.rejects(verified.sut.execute({ applicationId: 'app-1', userId: 'u1' }, NOW), refusedWith(ErrorCode.InvalidTransition));
    assert.equal(verified.claims.length, 0);
    await assert.rejects(
      setup({ found: false }).sut.execute({ applicationId: 'app-1', userId: 'u1' }, NOW),
      refusedWith(ErrorCode.NotFound),
    );
  });
});
