import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DisbursalConfig } from '@los/common';
import { PartnerError, PartnerErrorCode, type LivePartners, type NbfcAdapter } from '@los/nbfc';
import { AcceptanceConfirmer } from './acceptance-confirmer.js';
import type { PartnerSubmissionEntity } from './partner-submission.entity.js';
import type { PartnerSubmissionsRepository } from './partner-submissions.repository.js';

const approved = (applicationId: string) =>
  ({
    applicationId,
    offerId: `offer-${applicationId}`,
    partnerQuoteId: `Q-offer-${applicationId}`,
    partnerCode: 'AURUM_PRIME',
    partnerReference: `LW-${applicationId}`,
  }) as PartnerSubmissionEntity;

function setup(answer: (reference: string) => Promise<unknown>) {
  const calls: { reference: string; quoteId: string; requestId: string }[] = [];
  const outcome = { confirmed: [] as string[], failed: [] as [string, string][] };
  const adapter = {
    acceptOffer: async (reference: string, quoteId: string, context: { requestId: string }) => {
      calls.push({ reference, quoteId, requestId: context.requestId });
      return answer(reference);
    },
  } as unknown as NbfcAdapter;
  const submissions = {
    awaitingConfirmation: async () => [approved('a1'), approved('a2')],
    confirmed: async (id: string) => {
      outcome.confirmed.push(id);
    },
    failed: async (id: string, code: string) => {
      outcome.failed.push([id, code]);
    },
  } as unknown as PartnerSubmissionsRepository;
  const live = { adapterOf: () => adapter } as unknown as LivePartners;
  const sut = new AcceptanceConfirmer({ SWEEP_INTERVAL_MS: 60_000 } as DisbursalConfig, submissions, live);
  return { run: () => (sut as unknown as { runOnce(): Promise<void> }).runOnce(), calls, outcome };
}

describe('AcceptanceConfirmer', () => {
  it("tells the lender of each approved application's acceptance under one request id per application", async () => {
    const { run, calls, outcome } = setup(async () => ({}));
    await run();
    assert.deepEqual(calls, [
      { reference: 'LW-a1', quoteId: 'Q-offer-a1', requestId: 'accept-a1' },
      { reference: 'LW-a2', quoteId: 'Q-offer-a2', requestId: 'accept-a2' },
    ]);
    assert.deepEqual(outcome.confirmed, ['a1', 'a2']);
  });

  it('leaves an outage or an open breaker for the next pass, and records a refusal so it is not retried', async () => {
    const { run, outcome } = setup(async (reference) => {
      throw reference === 'LW-a1'
        ? new PartnerError(PartnerErrorCode.CircuitOpen, 'open', 'AURUM_PRIME')
        : new PartnerError(PartnerErrorCode.Rejected, 'invalid state', 'AURUM_PRIME');
    });
    await run();
    assert.deepEqual(outcome, { confirmed: [], failed: [['a2', 'PARTNER_REJECTED_REQUEST']] });
  });
});
