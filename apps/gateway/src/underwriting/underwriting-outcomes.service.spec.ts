import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CommandOutbox } from '@los/common';
import { ApplicationStatus, MessagePattern, type SubmitToPartnerCommand } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import type { AfterCommit } from '../applications/lifecycle/after-commit.js';
import type { ApplicationLifecycle, TransitionRequest } from '../applications/lifecycle/application-lifecycle.service.js';
import { UnderwritingOutcomes, type OutcomeRequest } from './underwriting-outcomes.service.js';

const APPLICATION = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';
const OFFER = 'c2f1d4a0-5b6e-4f7a-8c9d-0e1f2a3b4c5d';

function setup(acceptedOfferId: string | null = OFFER) {
  const moves: TransitionRequest[] = [];
  const recorded: { pattern: string; command: SubmitToPartnerCommand; correlationId: string }[] = [];
  const delivered: string[] = [];
  const lifecycle = {
    transition: (_m: EntityManager, request: TransitionRequest) => {
      moves.push(request);
      return Promise.resolve({
        id: APPLICATION,
        status: request.to,
        acceptedOfferId,
        purpose: 'wedding',
        pan: 'ABCPE1234F',
      } as ApplicationEntity);
    },
  } as unknown as ApplicationLifecycle;
  const outbox = {
    record: (_m: EntityManager, pattern: string, command: SubmitToPartnerCommand, correlationId: string) => {
      recorded.push({ pattern, command, correlationId });
      return Promise.resolve({ commandId: 'cmd-1' });
    },
    deliverRecorded: (envelope: { commandId: string }) => void delivered.push(envelope.commandId),
  } as unknown as CommandOutbox;
  const afterCommit = { run: (_m: EntityManager, work: () => void) => work() } as unknown as AfterCommit;
  const sut = new UnderwritingOutcomes(lifecycle, outbox, afterCommit);
  const request: OutcomeRequest = {
    applicationId: APPLICATION,
    expectedFrom: ApplicationStatus.Underwriting,
    actor: 'service:underwriting',
    reason: 'APPROVE by personal-loan v1',
    reasonCodes: ['CLEAN_BUREAU'],
    correlationId: 'corr-1',
  };
  return { sut, moves, recorded, delivered, request, manager: {} as EntityManager };
}

describe('UnderwritingOutcomes', () => {
  it('approves to LENDER_REVIEW and records the submission to the lender in the same transaction', async () => {
    const { sut, moves, recorded, delivered, request, manager } = setup();
    await sut.approve(manager, request);
    assert.deepEqual(
      moves.map((m) => [m.expectedFrom, m.to, m.reason]),
      [[ApplicationStatus.Underwriting, ApplicationStatus.LenderReview, '[CLEAN_BUREAU] APPROVE by personal-loan v1']],
    );
    assert.equal(recorded.length, 1);
    assert.equal(recorded[0]!.pattern, MessagePattern.SubmitToPartner);
    assert.equal(recorded[0]!.command.offerId, OFFER);
    assert.equal(recorded[0]!.correlationId, 'corr-1');
    assert.deepEqual(delivered, ['cmd-1']);
  });

  it('refuses to approve an application without an accepted offer (the transaction rolls back)', async () => {
    const { sut, recorded, request, manager } = setup(null);
    await assert.rejects(sut.approve(manager, request), { code: 'INVALID_TRANSITION' });
    assert.equal(recorded.length, 0);
  });

  it('rejects and refers with the reason codes kept, and never contacts the lender', async () => {
    const { sut, moves, recorded, request, manager } = setup();
    await sut.reject(manager, { ...request, reasonCodes: ['BUREAU_WRITTEN_OFF', 'DPD_90'], reason: 'REJECT' });
    await sut.refer(manager, { ...request, expectedFrom: ApplicationStatus.Underwriting, reasonCodes: ['ENGINE_ERROR'], reason: 'REFER' });
    assert.deepEqual(
      moves.map((m) => [m.to, m.reason]),
      [
        [ApplicationStatus.Rejected, '[BUREAU_WRITTEN_OFF,DPD_90] REJECT'],
        [ApplicationStatus.ManualReview, '[ENGINE_ERROR] REFER'],
      ],
    );
    assert.equal(recorded.length, 0);
  });

  it('keeps the codes when a long reason is cut to the status log', async () => {
    const { sut, moves, request, manager } = setup();
    await sut.reject(manager, { ...request, reasonCodes: ['A_CODE'], reason: 'x'.repeat(500) });
    assert.equal(moves[0]!.reason!.length, 200);
    assert.ok(moves[0]!.reason!.startsWith('[A_CODE] '));
  });
});
