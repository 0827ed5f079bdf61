import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException, DurableEventHandler } from '@los/common';
import {
  ErrorCode,
  EventType,
  UnderwritingDecision,
  UnderwritingTrigger,
  type ResultEvent,
  type UnderwritingDecidedEvent,
} from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { UnderwritingDecidedHandler } from './underwriting-decided.handler.js';
import type { OutcomeRequest, UnderwritingOutcomes } from './underwriting-outcomes.service.js';

const APPLICATION = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';

function setup(refuse = false) {
  const calls: [string, OutcomeRequest][] = [];
  const updates: object[] = [];
  const record = (kind: string) => (_m: EntityManager, request: OutcomeRequest) => {
    if (refuse) return Promise.reject(new AppException(ErrorCode.InvalidTransition, 'moved'));
    calls.push([kind, request]);
    return Promise.resolve({});
  };
  const outcomes = { approve: record('approve'), reject: record('reject'), refer: record('refer') } as unknown as UnderwritingOutcomes;
  const manager = {
    update: (_e: unknown, _w: object, patch: object) => (updates.push(patch), Promise.resolve()),
  } as unknown as EntityManager;
  const event = { commandId: 'c', eventId: 'c:result', correlationId: 'corr-9', type: EventType.UnderwritingDecided } as ResultEvent;
  const decided = (decision: UnderwritingDecision, extra: Partial<UnderwritingDecidedEvent> = {}): UnderwritingDecidedEvent => ({
    applicationId: APPLICATION,
    decisionId: '7d1f2b64-1b7a-4c43-9d8e-3c2a1b0f9e8d',
    snapshotId: 'sha256:abc',
    decision,
    tableId: 'personal-loan',
    version: 2,
    reasons: [{ code: 'WRITTEN_OFF', text: 'x', borrowerFacing: true }],
    conditions: {},
    trigger: UnderwritingTrigger.Acceptance,
    ...extra,
  });
  return { sut: new UnderwritingDecidedHandler(outcomes), calls, updates, manager, event, decided };
}

describe('UnderwritingDecidedHandler', () => {
  it('is declared as the handler of the decided event', () => {
    assert.equal(Reflect.getMetadata(DurableEventHandler.KEY, UnderwritingDecidedHandler), 'underwriting.evt.decided.v1');
  });

  it('applies each decision from UNDERWRITING with its reason codes and correlation id', async () => {
    const { sut, calls, manager, event, decided } = setup();
    await sut.apply(decided(UnderwritingDecision.Approve), event, manager);
    await sut.apply(decided(UnderwritingDecision.Reject), event, manager);
    assert.deepEqual(
      calls.map(([kind, r]) => [kind, r.expectedFrom, r.reasonCodes, r.correlationId]),
      [
        ['approve', 'UNDERWRITING', ['WRITTEN_OFF'], 'corr-9'],
        ['reject', 'UNDERWRITING', ['WRITTEN_OFF'], 'corr-9'],
      ],
    );
  });

  it('refers and keeps the documents the referral asks for', async () => {
    const { sut, calls, updates, manager, event, decided } = setup();
    await sut.apply(
      decided(UnderwritingDecision.Refer, { conditions: { documentsRequired: ['BANK_STATEMENT', 'SALARY_SLIP'] } }),
      event,
      manager,
    );
    assert.equal(calls[0]![0], 'refer');
    assert.deepEqual(updates, [{ documentsRequired: 'BANK_STATEMENT,SALARY_SLIP' }]);
  });

  it('leaves an application that moved meanwhile (cancelled) as it is', async () => {
    const { sut, updates, manager, event, decided } = setup(true);
    await sut.apply(decided(UnderwritingDecision.Approve), event, manager);
    assert.deepEqual(updates, []);
  });
});
