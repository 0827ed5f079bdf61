import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ComputeOffersRequest } from '@los/contracts';
import {
  PartnerError,
  PartnerErrorCode,
  type CallContext,
  type LivePartner,
  type LivePartners,
  type NbfcAdapter,
  type PartnerQuote,
} from '@los/nbfc';
import { PARTNER_SEEDS } from '../../../database/seeds/partner-seeds.js';
import { Decimal } from '../../../emi/index.js';
import { LiveQuotes } from './live-quotes.service.js';
import type { PartnerToEvaluate } from './offer-set.factory.js';

const request: ComputeOffersRequest = {
  applicationId: '6f1c1a4e-8a53-4b0b-9a3e-2f1f8d1c0a11',
  applicant: {
    dob: '1991-01-10',
    monthlyIncome: '85000.00',
    existingEmiMonthly: '12000.00',
    employmentType: 'SALARIED',
    pincode: '560034',
    state: 'Karnataka',
    pan: 'ZZZPZ0750Z',
  },
  loan: { amount: '250000.00', tenureMonths: 36 },
};
const partners: PartnerToEvaluate[] = PARTNER_SEEDS.map((seed) => ({ code: seed.code, name: seed.name, version: 1, rules: seed.rules }));
const approved: PartnerQuote = {
  partnerQuoteId: 'Q',
  decision: 'APPROVED',
  amount: '250000.00',
  tenureMonths: 36,
  annualRatePercent: '14.5',
};

function live(code: string, answer: (context: CallContext) => Promise<PartnerQuote>): LivePartner {
  const adapter = {
    code,
    capabilities: { liveQuotes: true, webhooks: true, pollingOnly: false },
    quote: (_a: unknown, _b: unknown, c: CallContext) => answer(c),
  };
  return { adapter: adapter as unknown as NbfcAdapter, quoteTimeoutMs: 50, sla: { quoteMs: 50, decisionMs: 1_000, disbursalMs: 1_000 } };
}

describe('LiveQuotes', () => {
  it('asks the live partners at once; a slow one times out, a failing one is unavailable, the rest answer', async () => {
    const contexts: CallContext[] = [];
    const connections = new Map([
      [
        'AURUM_PRIME',
        live('AURUM_PRIME', async (context) => {
          contexts.push(context);
          return approved;
        }),
      ],
      ['VISTAAR_CREDIT', live('VISTAAR_CREDIT', () => new Promise((resolve) => setTimeout(() => resolve(approved), 1_000).unref()))],
      [
        'UDYAM_FINSERV',
        live('UDYAM_FINSERV', async () => {
          throw new PartnerError(PartnerErrorCode.CircuitOpen, 'open', 'UDYAM_FINSERV');
        }),
      ],
    ]);
    const sut = new LiveQuotes({ quoterOf: (code: string) => connections.get(code) } as unknown as LivePartners);
    const started = Date.now();
    const answers = await sut.evaluate(request, 750, partners, { amount: new Decimal('250000'), tenureMonths: 36 }, 'corr-1');
    assert.ok(Date.now() - started < 500);
    assert.deepEqual([...answers.keys()].sort(), ['AURUM_PRIME', 'UDYAM_FINSERV', 'VISTAAR_CREDIT']);
    assert.equal(answers.get('AURUM_PRIME')!.eligible, true);
    assert.deepEqual(answers.get('VISTAAR_CREDIT'), { eligible: false, reasons: ['PARTNER_TIMEOUT'] });
    assert.deepEqual(answers.get('UDYAM_FINSERV'), { eligible: false, reasons: ['PARTNER_UNAVAILABLE'] });
    assert.equal(contexts[0]!.correlationId, 'corr-1');
  });

  it('asks nobody when no partner is connected', async () => {
    const sut = new LiveQuotes({ quoterOf: () => undefined } as unknown as LivePartners);
    assert.equal((await sut.evaluate(request, 750, partners, { amount: new Decimal('250000'), tenureMonths: 36 }, 'c')).size, 0);
  });
});
