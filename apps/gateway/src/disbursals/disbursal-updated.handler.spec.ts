import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus, DisbursalStatus, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationAttention, AttentionRequest } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import type { ApplicationLifecycle, TransitionRequest } from '../applications/lifecycle/application-lifecycle.service.js';
import { DisbursalUpdatedHandler } from './disbursal-updated.handler.js';

const ID = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';
const event = { commandId: 'c2f1d4a0-5b6e-4f7a-8c9d-0e1f2a3b4c5d' } as ResultEvent;

function setup(status: ApplicationStatus) {
  const moves: TransitionRequest[] = [];
  const raised: AttentionRequest[] = [];
  const sut = new DisbursalUpdatedHandler(
    {
      transition: (_m: EntityManager, request: TransitionRequest) => (moves.push(request), Promise.resolve()),
    } as unknown as ApplicationLifecycle,
    {
      raise: (_m: EntityManager, request: AttentionRequest) => (raised.push(request), Promise.resolve()),
    } as unknown as ApplicationAttention,
  );
  const manager = { findOne: () => Promise.resolve({ id: ID, status }) } as unknown as EntityManager;
  return { sut, moves, raised, manager };
}

describe('DisbursalUpdatedHandler', () => {
  it('moves a paid disbursal to DISBURSED, raising nothing', async () => {
    const { sut, moves, raised, manager } = setup(ApplicationStatus.DisbursalRequested);
    const paid = {
      applicationId: ID,
      status: DisbursalStatus.Disbursed,
      initiation: 1,
      attempts: 1,
      amount: '244100.00',
      utr: 'UTR0A1B2C3D4E5F6',
    };
    await sut.apply(paid, event, manager);
    assert.deepEqual(
      moves.map((m) => [m.expectedFrom, m.to]),
      [[ApplicationStatus.DisbursalRequested, ApplicationStatus.Disbursed]],
    );
    assert.match(moves[0]!.reason!, /244100\.00.*UTR0A1B2C3D4E5F6/);
    assert.deepEqual(raised, []);
  });

  it('moves a failed one to DISBURSAL_FAILED with an attention item naming the reason and whether retries ran out', async () => {
    const { sut, moves, raised, manager } = setup(ApplicationStatus.DisbursalRequested);
    const failed = {
      applicationId: ID,
      status: DisbursalStatus.Failed,
      initiation: 1,
      attempts: 4,
      failureReason: 'PARTNER_UNAVAILABLE',
      retryable: true,
    };
    await sut.apply(failed, event, manager);
    assert.deepEqual(moves[0]!.to, ApplicationStatus.DisbursalFailed);
    assert.deepEqual(raised, [
      {
        applicationId: ID,
        code: AttentionCode.DisbursalFailed,
        reason: 'retries exhausted after 4 attempt(s): PARTNER_UNAVAILABLE',
        commandId: event.commandId,
      },
    ]);
  });

  it('changes nothing for an application no longer awaiting a disbursal', async () => {
    const { sut, moves, raised, manager } = setup(ApplicationStatus.Cancelled);
    await sut.apply({ applicationId: ID, status: DisbursalStatus.Disbursed, initiation: 1, attempts: 1 }, event, manager);
    assert.deepEqual([moves, raised], [[], []]);
  });
});
