import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus, PartnerStatus } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import type { ApplicationAttention, AttentionRequest } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import type { ApplicationLifecycle, TransitionRequest } from '../applications/lifecycle/application-lifecycle.service.js';
import { PartnerEventOutcome } from './partner-event.entity.js';
import { PartnerStatusApplier } from './partner-status.applier.js';

const APPLICATION = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';

function setup(status: ApplicationStatus, partnerStatus: PartnerStatus | null) {
  const moves: string[] = [];
  const updates: object[] = [];
  const raised: AttentionRequest[] = [];
  const lifecycle = { transition: (_m: EntityManager, request: TransitionRequest) => (moves.push(request.to), Promise.resolve()) };
  const attention = { raise: (_m: EntityManager, request: AttentionRequest) => (raised.push(request), Promise.resolve()) };
  const manager = {
    update: (_e: unknown, _w: object, patch: object) => (updates.push(patch), Promise.resolve()),
  } as unknown as EntityManager;
  const application = { id: APPLICATION, status, partnerStatus, partnerCode: 'AURUM_PRIME' } as ApplicationEntity;
  const sut = new PartnerStatusApplier(lifecycle as unknown as ApplicationLifecycle, attention as unknown as ApplicationAttention);
  const apply = (news: PartnerStatus) => sut.apply(manager, application, { status: news, reason: 'AURUM_PRIME event evt_9' });
  return { apply, application, moves, updates, raised };
}

describe('PartnerStatusApplier', () => {
  it('walks the application forward to the lender status and records it', async () => {
    const { apply, application, moves, updates } = setup(ApplicationStatus.Approved, PartnerStatus.Approved);
    assert.equal(await apply(PartnerStatus.Disbursed), PartnerEventOutcome.Applied);
    assert.deepEqual(moves, [ApplicationStatus.DisbursalRequested, ApplicationStatus.Disbursed]);
    assert.deepEqual(updates, [{ partnerStatus: PartnerStatus.Disbursed }]);
    assert.equal(application.partnerStatus, PartnerStatus.Disbursed);
  });

  it('keeps older news as STALE, changing nothing', async () => {
    const { apply, moves, updates, raised } = setup(ApplicationStatus.Approved, PartnerStatus.Approved);
    assert.equal(await apply(PartnerStatus.UnderReview), PartnerEventOutcome.Stale);
    assert.deepEqual([moves, updates, raised], [[], [], []]);
  });

  it('never lets a later failure overwrite DISBURSED: kept as CONFLICT with an attention item', async () => {
    const { apply, application, moves, updates, raised } = setup(ApplicationStatus.Disbursed, PartnerStatus.Disbursed);
    assert.equal(await apply(PartnerStatus.DisbursalFailed), PartnerEventOutcome.Conflict);
    assert.deepEqual([moves, updates], [[], []]);
    assert.equal(application.partnerStatus, PartnerStatus.Disbursed);
    assert.deepEqual(raised, [
      {
        applicationId: APPLICATION,
        code: AttentionCode.PartnerStatusConflict,
        reason: 'AURUM_PRIME reported DISBURSAL_FAILED after DISBURSED (AURUM_PRIME event evt_9)',
      },
    ]);
  });

  it('treats a rejection after an approval as a conflict too, and the same status again as a confirmation', async () => {
    const { apply, raised, updates } = setup(ApplicationStatus.Approved, PartnerStatus.Approved);
    assert.equal(await apply(PartnerStatus.Rejected), PartnerEventOutcome.Conflict);
    assert.equal(raised.length, 1);
    assert.equal(await apply(PartnerStatus.Approved), PartnerEventOutcome.Applied);
    assert.deepEqual(updates, [{ partnerStatus: PartnerStatus.Approved }]);
  });

  it('never lets a lender decide before us: news for an application awaiting our decision moves nothing', async () => {
    for (const status of [ApplicationStatus.OfferAccepted, ApplicationStatus.Underwriting, ApplicationStatus.ManualReview]) {
      const { apply, moves } = setup(status, null);
      await apply(PartnerStatus.Approved);
      await apply(PartnerStatus.Disbursed);
      assert.deepEqual(moves, [], status);
    }
  });

  it('keeps a lender reviewing what we approved in LENDER_REVIEW, and moves on to its approval', async () => {
    const { apply, moves } = setup(ApplicationStatus.LenderReview, PartnerStatus.Received);
    assert.equal(await apply(PartnerStatus.UnderReview), PartnerEventOutcome.Applied);
    assert.deepEqual(moves, []);
  });
});
