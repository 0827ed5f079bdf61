import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus, PartnerStatus } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import type { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import type { ApplicationLifecycle, TransitionRequest } from '../applications/lifecycle/application-lifecycle.service.js';
import { PartnerStatusApplier } from './partner-status.applier.js';

const ID = '9f1c2e1a-1111-4222-8333-444455556666';

function setup(acceptedAmount: string | null = '250000.00') {
  const moves: ApplicationStatus[] = [];
  const updates: Partial<ApplicationEntity>[] = [];
  const lifecycle = {
    transition: (_m: EntityManager, request: TransitionRequest) => Promise.resolve(void moves.push(request.to)),
  } as unknown as ApplicationLifecycle;
  const manager = {
    update: (_entity: unknown, _where: unknown, patch: Partial<ApplicationEntity>) => Promise.resolve(void updates.push(patch)),
  } as unknown as EntityManager;
  const application = {
    id: ID,
    status: ApplicationStatus.LenderReview,
    partnerCode: 'AURUM_PRIME',
    partnerStatus: PartnerStatus.Received,
    sanctionedAmount: null,
    acceptedAmount,
  } as ApplicationEntity;
  return {
    moves,
    updates,
    manager,
    application,
    sut: new PartnerStatusApplier(lifecycle, { raise: () => Promise.resolve() } as unknown as ApplicationAttention),
  };
}

describe('PartnerStatusApplier: the sanctioned amount', () => {
  it("sets the accepted offer's amount when the lender approves without naming one", async () => {
    const { moves, updates, manager, application, sut } = setup();
    await sut.apply(manager, application, { status: PartnerStatus.Approved, reason: 'webhook' });
    assert.deepEqual(moves, [ApplicationStatus.Approved]);
    assert.deepEqual(updates, [{ partnerStatus: PartnerStatus.Approved, sanctionedAmount: '250000.00' }]);
    assert.equal(application.sanctionedAmount, '250000.00');
  });

  it("prefers the lender's own amount, in two-decimal form, and sets it also when news skips past APPROVED", async () => {
    const approved = setup();
    await approved.sut.apply(approved.manager, approved.application, {
      status: PartnerStatus.Approved,
      reason: 'x',
      sanctionedAmount: '200000.5',
    });
    assert.equal(approved.updates[0]!.sanctionedAmount, '200000.50');
    const disbursed = setup();
    await disbursed.sut.apply(disbursed.manager, disbursed.application, { status: PartnerStatus.Disbursed, reason: 'x' });
    assert.equal(disbursed.updates[0]!.sanctionedAmount, '250000.00');
  });

  it('sets nothing for news short of approval, for a rejection, or without any amount known', async () => {
    for (const status of [PartnerStatus.UnderReview, PartnerStatus.Rejected]) {
      const { updates, manager, application, sut } = setup();
      await sut.apply(manager, application, { status, reason: 'x' });
      assert.deepEqual(updates, [{ partnerStatus: status }], status);
    }
    const unknown = setup(null);
    await unknown.sut.apply(unknown.manager, unknown.application, { status: PartnerStatus.Approved, reason: 'x' });
    assert.deepEqual(unknown.updates, [{ partnerStatus: PartnerStatus.Approved }]);
  });
});
