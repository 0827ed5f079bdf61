import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationAttention, AttentionRequest } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { ComputeOffersFailedHandler } from './compute-offers-failed.handler.js';

const APP = '9f1c2e1a-1111-4222-8333-444455556666';
const EVENT = {
  type: failureEventOf(MessagePattern.ComputeOffers),
  commandId: 'cmd-1',
  eventId: 'e',
  correlationId: 'r',
  failureCode: 'INVALID_INPUT',
} as ResultEvent;

function setup(commandPayload?: object) {
  const raised: AttentionRequest[] = [];
  const attention = { raise: (_m: EntityManager, request: AttentionRequest) => Promise.resolve(void raised.push(request)) };
  const manager = {
    findOneBy: (_entity: unknown, where: { id: string }) =>
      Promise.resolve(commandPayload && where.id === 'cmd-1' ? { envelope: { payload: commandPayload } } : null),
  } as unknown as EntityManager;
  return { raised, manager, sut: new ComputeOffersFailedHandler(attention as unknown as ApplicationAttention) };
}

describe('ComputeOffersFailedHandler', () => {
  it('leaves an attention item with the refusal code on the application of the command', async () => {
    const { raised, manager, sut } = setup({ applicationId: APP });
    await sut.apply({ message: 'date of birth out of range' }, EVENT, manager);
    assert.deepEqual(raised, [
      {
        applicationId: APP,
        code: AttentionCode.OfferComputationRefused,
        reason: 'INVALID_INPUT: date of birth out of range',
        commandId: 'cmd-1',
      },
    ]);
  });

  it('raises nothing for a command it does not know', async () => {
    const { raised, manager, sut } = setup();
    await sut.apply({}, EVENT, manager);
    assert.equal(raised.length, 0);
  });
});
