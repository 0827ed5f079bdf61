import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode, KycReviewDecision, KycReviewReasonCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import type { ApplicationLifecycle, TransitionRequest } from '../../../applications/lifecycle/application-lifecycle.service.js';
import { KycSubmissionEntity } from '../../../kyc/kyc-submission.entity.js';
import { KycReviewAuditEntity } from '../../kyc-review-audit.entity.js';
import { KycReviewEntity } from '../../kyc-review.entity.js';
import type { KycReviewsRepository } from '../../kyc-reviews.repository.js';
import { ResolveKycReviewUseCase } from './resolve-kyc-review.usecase.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LATER = new Date(NOW.getTime() + 60_000);
const VERIFY = {
  applicationId: 'app-1',
  userId: 'u1',
  decision: KycReviewDecision.Verified,
  reasonCode: KycReviewReasonCode.NameVariantAccepted,
  note: 'Initials on the PAN',
};

function setup(row: Partial<KycReviewEntity> | null = { claimedBy: 'u1', claimExpiresAt: LATER, resolvedAt: null }) {
  const transitions: TransitionRequest[] = [];
  const writes: [string, unknown, unknown][] = [];
  const repository = {
    findCase: async () => ({ applicationId: 'app-1', status: ApplicationStatus.KycReview, kycId: 'kyc-1' }),
    findForUpdate: async () => (row ? { kycId: 'kyc-1', applicationId: 'app-1', ...row } : null),
  } as unknown as KycReviewsRepository;
  const lifecycle = {
    transition: async (_manager: unknown, request: TransitionRequest) => transitions.push(request),
  } as unknown as ApplicationLifecycle;
  const manager = {
    update: async (entity: { name: string }, where: unknown, set: unknown) => writes.push([entity.name, where, set]),
    insert: async (entity: { name: string }, values: unknown) => writes.push([entity.name, null, values]),
  };
  const dataSource = { transaction: (work: (m: typeof manager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  return { sut: new ResolveKycReviewUseCase(dataSource, repository, lifecycle), transitions, writes };
}

const refusedWith = (code: ErrorCode) => (error: unknown) => error instanceof AppException && error.code === code;

describe('resolving a KYC review', () => {
  it('moves the application through the lifecycle as the reviewer, records the attempt, the resolution and its audit', async () => {
    const { sut, transitions, writes } = setup();
    const view = await sut.execute(VERIFY, NOW);
    assert.deepEqual(transitions, [
      {
        applicationId: 'app-1',
        to: ApplicationStatus.KycVerified,
        actor: 'user:u1',
        reason: 'kyc review verified: NAME_VARIANT_ACCEPTED',
        expectedFrom: ApplicationStatus.KycReview,
      },
    ]);
    assert.deepEqual(writes, [
      [KycSubmissionEntity.name, { kycId: 'kyc-1' }, { status: 'VERIFIED', completedAt: NOW }],
      [
        KycReviewEntity.name,
        { kycId: 'kyc-1' },
        { decision: 'VERIFIED', reasonCode: 'NAME_VARIANT_ACCEPTED', note: 'Initials on the PAN', resolvedBy: 'user:u1', resolvedAt: NOW },
      ],
      [
        KycReviewAuditEntity.name,
        null,
        { kycId: 'kyc-1', applicationId: 'app-1', action: 'RESOLVED', actor: 'user:u1', detail: 'VERIFIED NAME_VARIANT_ACCEPTED', at: NOW },
      ],
    ]);
    assert.equal(view.applicationStatus, ApplicationStatus.KycVerified);
  });

  it('fails an application to KYC_FAILED', async () => {
    const { sut, transitions } = setup();
    await sut.execute({ ...VERIFY, decision: KycReviewDecision.Failed, reasonCode: KycReviewReasonCode.IdentityMismatch }, NOW);
    assert.equal(transitions[0].to, ApplicationStatus.KycFailed);
  });

  it('refuses a reason code of the other decision before anything else', async () => {
    const { sut, transitions, writes } = setup();
    await assert.rejects(
      sut.execute({ ...VERIFY, reasonCode: KycReviewReasonCode.SuspectedImpersonation }, NOW),
      refusedWith(ErrorCode.ValidationFailed),
    );
    assert.deepEqual([transitions, writes], [[], []]);
  });

  it('needs the caller’s own live claim', async () => {
    for (const row of [
      null,
      { claimedBy: null, claimExpiresAt: null, resolvedAt: null },
      { claimedBy: 'u2', claimExpiresAt: LATER, resolvedAt: null },
      { claimedBy: 'u1', claimExpiresAt: NOW, resolvedAt: null },
    ]) {
      const { sut, transitions, writes } = setup(row);
      await assert.rejects(sut.execute(VERIFY, NOW), refusedWith(ErrorCode.ReviewNotClaimed), JSON.stringify(row));
      assert.deepEqual([transitions, writes], [[], []]);
    }
  });

  it('refuses a review already resolved, by a person or by an automatic result', async () => {
    const { sut, transitions } = setup({ claimedBy: 'u1', claimExpiresAt: LATER, resolvedAt: NOW });
    await assert.rejects(sut.execute(VERIFY, NOW), refusedWith(ErrorCode.ReviewAlreadyResolved));
    assert.deepEqual(transitions, []);
  });
});
