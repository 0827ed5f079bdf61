import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MongoClient, type Db } from 'mongodb';
import { eventually } from '../support/eventually.js';
import type { TestUser } from '../support/gateway-users.js';
import { verifiedApplication } from '../support/kyc-fixtures.js';
import { servicesScript } from '../support/repo-scripts.js';
import { enableConnections, LIVE_PARTNERS, SandboxLenders } from '../support/sandbox-lenders.js';
import { TestSuite } from '../support/test-suite.js';

/** A bureau score every sandbox lender approves. */
const SCORE = 750;
const ALL_PARTNERS = LIVE_PARTNERS.map((partner) => partner.partnerCode);

/**
 * Each lender's own quote for ₹2,50,000 over 36 months at a score of 750, as [rate %, fee ₹]; the rule-based figures
 * of these partners differ (UDYAM_FINSERV 17.5%, SETU_MICROLOANS 23.5%), so these prove the offers came live.
 */
const LIVE_TERMS: Record<string, [number, string]> = {
  AURUM_PRIME: [14.5, '5000.00'], // lendwise: 14.5% at 750, fee 2%
  VISTAAR_CREDIT: [15, '3750.00'], // northstar: 15% for the salaried, fee 1.5%
  UDYAM_FINSERV: [14.5, '5000.00'], // kuber: 13.5% + 0.5 per 25 points below 800, fee 2%
  SETU_MICROLOANS: [15, '2500.00'], // ocean: 15% from 750, fee 1%
};

interface OfferResult {
  partnerCode: string;
  eligible: boolean;
  reasons: string[];
  offer?: { amount: string; annualRatePercent: number; processingFee: string };
}

describe('offers live from all four sandbox lenders through the gateway', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let lenders: SandboxLenders;
  let mongo: MongoClient;
  let offerDb: Db;

  before(async () => {
    suite = await TestSuite.start(
      'nbfcfour',
      [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }, { service: 'offer-service' }],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000' },
    );
    await enableConnections(suite, ALL_PARTNERS);
    lenders = new SandboxLenders(suite.app('sandbox').url);
    applicant = await suite.users.applicant('four');
    mongo = new MongoClient(suite.infra.mongoUrl);
    offerDb = mongo.db(`${suite.prefix}_${(await servicesScript()).serviceByName('offer-service').db}`);
  });
  after(async () => {
    await mongo?.close();
    await suite?.stop();
  });

  async function offersOf(applicationId: string): Promise<Map<string, OfferResult>> {
    const response = await applicant.http.get<OfferResult[]>(`/v1/applications/${applicationId}/offers`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return new Map(response.body.map((result) => [result.partnerCode, result]));
  }

  const quoteCallsOf = (applicationId: string, count: number) =>
    eventually(
      () => offerDb.collection('partner_calls').find({ applicationId, operation: 'quote' }).toArray(),
      (calls) => calls.length >= count,
      { what: `${count} recorded quote calls` },
    );

  const assertLiveTerms = (result: OfferResult | undefined, partnerCode: string) => {
    assert.ok(result?.eligible, `${partnerCode}: ${JSON.stringify(result)}`);
    const { amount, annualRatePercent, processingFee } = result.offer!;
    assert.deepEqual([amount, annualRatePercent, processingFee], ['250000.00', ...LIVE_TERMS[partnerCode]!], partnerCode);
  };

  it('prices every partner from its lender’s live quote, one quote call each', async () => {
    for (const { lender } of LIVE_PARTNERS) await lenders.resetStats(lender);
    const applicationId = await verifiedApplication(suite.app('sandbox').http, applicant, SCORE);
    const offers = await offersOf(applicationId);
    assert.deepEqual([...offers.keys()].sort(), [...ALL_PARTNERS].sort());
    for (const partnerCode of ALL_PARTNERS) assertLiveTerms(offers.get(partnerCode), partnerCode);

    const calls = await quoteCallsOf(applicationId, 4);
    assert.deepEqual(calls.map((c) => [c.partner, c.outcome]).sort(), ALL_PARTNERS.map((code) => [code, 'SUCCESS']).sort());
    const stored = JSON.stringify(calls);
    assert.ok(!/PRIVATE KEY|kuber_sandbox_key|lw_sandbox_key/.test(stored), 'no credentials');
    for (const { lender } of LIVE_PARTNERS) assert.equal(await lenders.quoteRequests(lender), 1, lender);
    assert.equal((await applicant.http.get(`/v1/applications/${applicationId}`)).body.status, 'OFFERS_READY');
  });

  it('still offers from the other three when one lender is down', async () => {
    await lenders.setFault('ocean', { mode: 'down' });
    try {
      const applicationId = await verifiedApplication(suite.app('sandbox').http, applicant, SCORE);
      const offers = await offersOf(applicationId);
      assert.deepEqual([offers.get('SETU_MICROLOANS')?.eligible, offers.get('SETU_MICROLOANS')?.reasons], [false, ['PARTNER_UNAVAILABLE']]);
      for (const partnerCode of ['AURUM_PRIME', 'VISTAAR_CREDIT', 'UDYAM_FINSERV']) assertLiveTerms(offers.get(partnerCode), partnerCode);
      const calls = await quoteCallsOf(applicationId, 4);
      assert.deepEqual(calls.map((c) => [c.partner, c.outcome]).sort(), [
        ['AURUM_PRIME', 'SUCCESS'],
        ['SETU_MICROLOANS', 'ERROR'],
        ['UDYAM_FINSERV', 'SUCCESS'],
        ['VISTAAR_CREDIT', 'SUCCESS'],
      ]);
    } finally {
      await lenders.clearFault('ocean');
    }
  });
});
