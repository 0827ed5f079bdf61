import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { KycCompletedEvent, ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationLifecycle, TransitionRequest } from '../applications/lifecycle/application-lifecycle.service.js';
import type { KycReviewClosure } from '../kyc-reviews/kyc-review-closure.service.js';
import { KycCompletedHandler } from './kyc-completed.handler.js';

const RESULT = { applicationId: 'app-1', kycId: 'kyc-1', status: 'VERIFIED', score: 90, reasons: [], revision: 2 } as KycCompletedEvent;

function setup({ resolvedByPerson = false } = {}) {
  const transitions: TransitionRequest[] = [];
  const closed: unknown[][] = [];
  const updates: unknown[] = [];
  const lifecycle = {
    transition: async (_m: unknown, request: TransitionRequest) => transitions.push(request),
  } as unknown as ApplicationLifecycle;
  const closure = {
    resolvedByPerson: async () => resolvedByPerson,
    closeAutomatically: async (_m: unknown, review: unknown, result: string) => closed.push([review, result]),
  } as unknown as KycReviewClosure;
  const manager = {
    update: async (_entity: unknown, _where: unknown, set: unknown) => {
      updates.push(set);
      return { affected: 1 };
    },
    findOne: async () => ({ kycId: 'kyc-1' }),
  } as unknown as EntityManager;
  return { sut: new KycCompletedHandler(lifecycle, closure), manager, transitions, closed, updates };
}

describe('applying a KYC result to a reviewed attempt', () => {
  it('moves the application and closes any open review of the attempt', async () => {
    const { sut, manager, transitions, closed } = setup();
    await sut.apply(RESULT, {} as ResultEvent, manager);
    assert.deepEqual(
      transitions.map((t) => [t.to, t.actor]),
      [['KYC_VERIFIED', 'service:kyc']],
    );
    assert.deepEqual(closed, [[{ kycId: 'kyc-1', applicationId: 'app-1' }, 'VERIFIED']]);
  });

  it('leaves a review open while the result is still REVIEW', async () => {
    const { sut, manager, closed } = setup();
    await sut.apply({ ...RESULT, status: 'REVIEW' }, {} as ResultEvent, manager);
    assert.deepEqual(closed, []);
  });

  it("keeps a reviewer's decision over a later re-driven result", async () => {
    const { sut, manager, transitions, updates } = setup({ resolvedByPerson: true });
    await sut.apply(RESULT, {} as ResultEvent, manager);
    assert.deepEqual([transitions, updates], [[], []]);
  });
});
