import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityManager } from 'typeorm';
import { KycReviewAuditEntity } from './kyc-review-audit.entity.js';
import { KycReviewClosure } from './kyc-review-closure.service.js';
import type { KycReviewEntity } from './kyc-review.entity.js';
import type { KycReviewsRepository } from './kyc-reviews.repository.js';

function setup(row: Partial<KycReviewEntity> | null, affected = 1) {
  const inserts: [unknown, Record<string, unknown>][] = [];
  const repository = { findForUpdate: async () => row } as unknown as KycReviewsRepository;
  const manager = {
    update: async () => ({ affected }),
    insert: async (entity: unknown, values: Record<string, unknown>) => inserts.push([entity, values]),
  } as unknown as EntityManager;
  return { sut: new KycReviewClosure(repository), manager, inserts };
}

describe('KYC review closure by automatic results', () => {
  it("lets a person's resolution stand over a later result, not a closure by kyc-service", async () => {
    const at = new Date();
    assert.equal(await setup({ resolvedAt: at, resolvedBy: 'user:u1' }).sut.resolvedByPerson({} as EntityManager, 'k'), true);
    for (const row of [null, { resolvedAt: null, resolvedBy: null }, { resolvedAt: at, resolvedBy: 'service:kyc' }]) {
      const { sut, manager } = setup(row);
      assert.equal(await sut.resolvedByPerson(manager, 'k'), false, JSON.stringify(row));
    }
  });

  it('closes an open review and audits it; nothing to audit when there was none open', async () => {
    const open = setup({ resolvedAt: null });
    await open.sut.closeAutomatically(open.manager, { kycId: 'k', applicationId: 'a' }, 'VERIFIED');
    assert.equal(open.inserts.length, 1);
    assert.equal(open.inserts[0][0], KycReviewAuditEntity);
    assert.deepEqual(
      { ...open.inserts[0][1], at: undefined },
      { kycId: 'k', applicationId: 'a', action: 'CLOSED_AUTOMATICALLY', actor: 'service:kyc', detail: 'VERIFIED', at: undefined },
    );
    const none = setup(null, 0);
    await none.sut.closeAutomatically(none.manager, { kycId: 'k', applicationId: 'a' }, 'VERIFIED');
    assert.deepEqual(none.inserts, []);
  });
});
