import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException, DurableEventHandler, OutboxCommandEntity } from '@los/common';
import { ErrorCode, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationAttention, AttentionRequest } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { UnderwritingEvaluateFailedHandler } from './underwriting-evaluate-failed.handler.js';
import type { OutcomeRequest, UnderwritingOutcomes } from './underwriting-outcomes.service.js';

const APPLICATION = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';
const COMMAND = 'c2f1d4a0-5b6e-4f7a-8c9d-0e1f2a3b4c5d';

function setup(moved = false) {
  const referred: OutcomeRequest[] = [];
  const approved: OutcomeRequest[] = [];
  const raised: AttentionRequest[] = [];
  const outcomes = {
    refer: (_m: EntityManager, r: OutcomeRequest) =>
      moved ? Promise.reject(new AppException(ErrorCode.InvalidTransition, 'moved')) : (referred.push(r), Promise.resolve({})),
    approve: (_m: EntityManager, r: OutcomeRequest) => (approved.push(r), Promise.resolve({})),
  } as unknown as UnderwritingOutcomes;
  const attention = {
    raise: (_m: EntityManager, r: AttentionRequest) => (raised.push(r), Promise.resolve()),
  } as unknown as ApplicationAttention;
  const manager = {
    findOneBy: (entity: unknown) =>
      Promise.resolve(entity === OutboxCommandEntity ? { id: COMMAND, envelope: { payload: { applicationId: APPLICATION } } } : null),
  } as unknown as EntityManager;
  const event = {
    commandId: COMMAND,
    eventId: `${COMMAND}:result`,
    correlationId: 'corr-1',
    type: failureEventOf(MessagePattern.UnderwritingEvaluate),
    failureCode: 'INVALID_INPUT',
  } as ResultEvent;
  return { sut: new UnderwritingEvaluateFailedHandler(outcomes, attention), referred, approved, raised, manager, event };
}

describe('UnderwritingEvaluateFailedHandler', () => {
  it('is declared as the handler of the evaluate failure event', () => {
    assert.equal(Reflect.getMetadata(DurableEventHandler.KEY, UnderwritingEvaluateFailedHandler), 'underwriting.cmd.evaluate.v1.failed');
  });

  it('refers the application with ENGINE_ERROR and raises an attention item, never approving', async () => {
    const { sut, referred, approved, raised, manager, event } = setup();
    await sut.apply({ message: 'no offer' }, event, manager);
    assert.deepEqual(
      referred.map((r) => [r.applicationId, r.expectedFrom, r.reasonCodes]),
      [[APPLICATION, 'UNDERWRITING', ['ENGINE_ERROR']]],
    );
    assert.equal(approved.length, 0);
    assert.deepEqual(
      raised.map((r) => [r.code, r.reason, r.commandId]),
      [[AttentionCode.UnderwritingFailed, 'ENGINE_ERROR INVALID_INPUT: no offer', COMMAND]],
    );
  });

  it('still shows the failure when the application moved meanwhile', async () => {
    const { sut, raised, manager, event } = setup(true);
    await sut.apply({}, event, manager);
    assert.equal(raised.length, 1);
  });
});
