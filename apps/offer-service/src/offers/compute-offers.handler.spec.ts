import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventType, type CommandEnvelope, type ComputeOffersCommand, type ComputeOffersReply } from '@los/contracts';
import { ComputeOffersHandler } from './compute-offers.handler.js';
import type { ComputeOffersUseCase } from './usecases/compute-offers/compute-offers.usecase.js';

const APP = '9f1c2e1a-1111-4222-8333-444455556666';
const COMMAND = { applicationId: APP } as ComputeOffersCommand;
const ENVELOPE = { correlationId: 'corr-1', payload: COMMAND } as CommandEnvelope<ComputeOffersCommand>;

function setup(eligible: boolean[]) {
  const calls: [string, string][] = [];
  const useCase = {
    execute: (request: ComputeOffersCommand, correlationId: string) => {
      calls.push([request.applicationId, correlationId]);
      const reply: ComputeOffersReply = {
        applicationId: request.applicationId,
        computedAt: '2026-01-01T00:00:00.000Z',
        results: eligible.map((ok, i) => ({ partnerCode: `P${i}`, partnerName: `P${i}`, eligible: ok, reasons: ok ? [] : ['X'] })),
      };
      return Promise.resolve(reply);
    },
  } as unknown as ComputeOffersUseCase;
  return { calls, sut: new ComputeOffersHandler(useCase) };
}

describe('ComputeOffersHandler', () => {
  it('stores the set through the compute use case and reports how many lenders offered', async () => {
    const { calls, sut } = setup([true, false, true]);
    const outcome = await sut.execute(COMMAND, ENVELOPE);
    assert.deepEqual(outcome, { type: EventType.OffersComputed, payload: { applicationId: APP, eligibleCount: 2 } });
    assert.deepEqual(calls, [[APP, 'corr-1']]);
  });

  it('reports zero when every lender declined', async () => {
    const { sut } = setup([false, false]);
    assert.deepEqual((await sut.execute(COMMAND, ENVELOPE)).payload, { applicationId: APP, eligibleCount: 0 });
  });
});
