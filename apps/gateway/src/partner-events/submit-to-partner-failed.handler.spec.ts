import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DurableEventHandler, OutboxCommandEntity } from '@los/common';
import { failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationAttention, AttentionRequest } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { SubmitToPartnerFailedHandler } from './submit-to-partner-failed.handler.js';

const APPLICATION = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';
const COMMAND = 'c2f1d4a0-5b6e-4f7a-8c9d-0e1f2a3b4c5d';

function setup(recorded: boolean) {
  const raised: AttentionRequest[] = [];
  const attention = { raise: (_manager: EntityManager, request: AttentionRequest) => (raised.push(request), Promise.resolve()) };
  const manager = {
    findOneBy: (entity: unknown, where: { id: string }) =>
      Promise.resolve(
        recorded && entity === OutboxCommandEntity && where.id === COMMAND
          ? { id: COMMAND, envelope: { payload: { applicationId: APPLICATION } } }
          : null,
      ),
  } as unknown as EntityManager;
  const sut = new SubmitToPartnerFailedHandler(attention as unknown as ApplicationAttention);
  const event = {
    eventId: `${COMMAND}:result`,
    commandId: COMMAND,
    type: failureEventOf(MessagePattern.SubmitToPartner),
    correlationId: 'corr-1',
    occurredAt: new Date().toISOString(),
    payload: {},
    failureCode: 'CONFLICT',
  } as ResultEvent;
  return { sut, raised, manager, event };
}

describe('SubmitToPartnerFailedHandler', () => {
  it('is declared as the handler of the failure event of submit-to-partner', () => {
    assert.equal(Reflect.getMetadata(DurableEventHandler.KEY, SubmitToPartnerFailedHandler), 'offer.cmd.submit-to-partner.v1.failed');
  });

  it('puts an attention item with the code and reason on the application the refused command was for', async () => {
    const { sut, raised, manager, event } = setup(true);
    await sut.apply({ message: 'This offer is not the accepted offer of the application' }, event, manager);
    assert.deepEqual(raised, [
      {
        applicationId: APPLICATION,
        code: AttentionCode.PartnerSubmissionRefused,
        reason: 'CONFLICT: This offer is not the accepted offer of the application',
        commandId: COMMAND,
      },
    ]);
  });

  it('raises nothing for a command this gateway never recorded', async () => {
    const { sut, raised, manager, event } = setup(false);
    await sut.apply({}, event, manager);
    assert.deepEqual(raised, []);
  });
});
