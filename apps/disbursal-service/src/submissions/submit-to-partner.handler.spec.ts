import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ErrorCode, type AcceptedOfferView, type CommandEnvelope, type SubmitToPartnerCommand } from '@los/contracts';
import type { LivePartners } from '@los/nbfc';
import type { AcceptedOffersClient } from './accepted-offers.client.js';
import type { DecisionSlaTracker } from './decision-sla.tracker.js';
import type { PartnerSubmissionsRepository } from './partner-submissions.repository.js';
import { SubmitToPartnerHandler } from './submit-to-partner.handler.js';

const APPLICATION = '7d1b7a52-1a0c-4d3e-9f7e-0c1f3a2b4c5d';
const OFFER = '0b9e2f64-3c5a-4e1d-8a7b-6c5d4e3f2a1b';
const command = { applicationId: APPLICATION, offerId: OFFER, purpose: 'HOME_REPAIR' } as SubmitToPartnerCommand;
const envelope = { correlationId: 'c-1' } as CommandEnvelope<SubmitToPartnerCommand>;
const accepted: AcceptedOfferView = {
  offerId: OFFER,
  partnerCode: 'SETU_MICROLOANS',
  amount: '150000.00',
  tenureMonths: 24,
  partnerQuoteId: null,
  bureauScore: 760,
};

function handlerAnswering(answer: () => Promise<AcceptedOfferView | null>) {
  const started: unknown[] = [];
  const offers = { find: answer } as unknown as AcceptedOffersClient;
  const submissions = { start: async (row: unknown) => started.push(row) } as unknown as PartnerSubmissionsRepository;
  const live = { adapterOf: () => undefined } as unknown as LivePartners;
  const sut = new SubmitToPartnerHandler(offers, submissions, live, {} as DecisionSlaTracker);
  return { sut, started };
}

describe('SubmitToPartnerHandler', () => {
  it("refuses (CONFLICT) an offer that is not the application's accepted one, or when none is accepted, and sends nothing", async () => {
    for (const answer of [{ ...accepted, offerId: '5f0c7a1e-2b3d-4c5e-8f9a-0b1c2d3e4f5a' }, null]) {
      const { sut, started } = handlerAnswering(async () => answer);
      await assert.rejects(sut.execute(command, envelope), (error: AppException) => error.code === ErrorCode.Conflict);
      assert.deepEqual(started, []);
    }
  });

  it('leaves an offer-service it cannot ask to the durable retry (the upstream error is not a refusal)', async () => {
    const { sut } = handlerAnswering(async () => {
      throw new AppException(ErrorCode.UpstreamUnavailable, 'offer-service did not answer');
    });
    await assert.rejects(sut.execute(command, envelope), (error: AppException) => error.statusCode >= 500);
  });

  it('reports a rule-priced lender (no live connection) as not submitted, without recording a submission', async () => {
    const { sut, started } = handlerAnswering(async () => accepted);
    const outcome = await sut.execute(command, envelope);
    assert.deepEqual(outcome.payload, {
      applicationId: APPLICATION,
      partnerCode: 'SETU_MICROLOANS',
      submitted: false,
      reason: 'RULES_ONLY',
    });
    assert.deepEqual(started, []);
  });
});
