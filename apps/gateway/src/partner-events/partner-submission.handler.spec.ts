import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus, type PartnerSubmissionEvent, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationAttention, AttentionRequest } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import type { PartnerEventsService, PartnerLink } from './partner-events.service.js';
import { PartnerSubmissionHandler } from './partner-submission.handler.js';

const APPLICATION = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';
const COMMAND = 'c2f1d4a0-5b6e-4f7a-8c9d-0e1f2a3b4c5d';
const event = { commandId: COMMAND, correlationId: 'corr-1' } as ResultEvent;

function setup() {
  const raised: AttentionRequest[] = [];
  const linked: PartnerLink[] = [];
  const updates: object[] = [];
  const sut = new PartnerSubmissionHandler(
    { link: (_manager: EntityManager, link: PartnerLink) => (linked.push(link), Promise.resolve()) } as unknown as PartnerEventsService,
    {
      raise: (_manager: EntityManager, request: AttentionRequest) => (raised.push(request), Promise.resolve()),
    } as unknown as ApplicationAttention,
  );
  const manager = {
    update: (_entity: unknown, _where: object, patch: object) => (updates.push(patch), Promise.resolve()),
  } as unknown as EntityManager;
  return { sut, raised, linked, updates, manager };
}

describe('PartnerSubmissionHandler', () => {
  it('links the lender reference of a submitted application, raising nothing', async () => {
    const { sut, raised, linked, manager } = setup();
    const result: PartnerSubmissionEvent = {
      applicationId: APPLICATION,
      partnerCode: 'LENDWISE',
      submitted: true,
      partnerReference: 'LW-1',
      partnerStatus: PartnerStatus.Approved,
    };
    await sut.apply(result, event, manager);
    assert.deepEqual([linked.length, raised.length], [1, 0]);
  });

  it('shows an application that was not submitted with an attention item naming the lender and why', async () => {
    const { sut, raised, linked, updates, manager } = setup();
    await sut.apply({ applicationId: APPLICATION, partnerCode: 'LENDWISE', submitted: false, reason: 'REJECTED' }, event, manager);
    assert.deepEqual(updates, [{ partnerCode: 'LENDWISE' }]);
    assert.equal(linked.length, 0);
    assert.deepEqual(raised, [
      { applicationId: APPLICATION, code: AttentionCode.PartnerNotSubmitted, reason: 'LENDWISE: REJECTED', commandId: COMMAND },
    ]);
  });
});
