import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { CanonicalApplicant } from '@los/nbfc';
import { LendwiseAdapter, NorthstarAdapter, PartnerError, PartnerErrorCode, ResilientNbfcAdapter, type ResilienceOptions } from '@los/nbfc';
import { WebhookSink } from '../../libs/nbfc/src/testing/webhook-sink.js';
import { describeNbfcContract, type ContractScenario } from '../../libs/nbfc/src/testing/contract-kit.js';
import { TestSuite } from '../support/test-suite.js';

const applicant = (overrides: Partial<CanonicalApplicant>): CanonicalApplicant => ({
  applicationId: 'APP-CONTRACT-1',
  fullName: 'Priya Raman',
  dob: '1990-06-15',
  pan: 'ABCPR1234K',
  mobile: '9876543210',
  email: 'priya@example.in',
  employmentType: 'SALARIED',
  monthlyIncome: '85000.00',
  existingEmiMonthly: '5000.00',
  pincode: '560001',
  city: 'Bengaluru',
  state: 'Karnataka',
  bureauScore: 760,
  ...overrides,
});
const ask = { amount: '300000.00', tenureMonths: 24, purpose: 'home renovation' };
const approved: ContractScenario = { applicant: applicant({}), ask };

describe('NBFC adapters against their sandbox lenders', () => {
  let suite: TestSuite;
  let sandboxUrl: string;

  before(async () => {
    suite = await TestSuite.start('nbfc', [{ service: 'sandbox' }]);
    sandboxUrl = suite.app('sandbox').url;
  });
  after(() => suite?.stop());

  describeNbfcContract('LENDWISE', () => {
    const make = (webhookSecret: string) =>
      new LendwiseAdapter({
        code: 'LENDWISE',
        baseUrl: `${sandboxUrl}/lenders/lendwise`,
        credentials: { apiKey: 'lw_sandbox_key', webhookSecret },
      });
    return {
      adapter: make('lw_sandbox_whsec'),
      wrongKeyAdapter: make('lw_other_whsec'),
      // Lendwise wants ₹30,000 a month and a score of 680.
      sandbox: {
        url: sandboxUrl,
        lenderCode: 'lendwise',
        approved,
        declined: { applicant: applicant({ monthlyIncome: '25000.00', bureauScore: 700 }), ask },
      },
    };
  });

  describeNbfcContract('NORTHSTAR', () => {
    const make = (webhookSecret: string) =>
      new NorthstarAdapter({
        code: 'NORTHSTAR',
        baseUrl: `${sandboxUrl}/lenders/northstar`,
        credentials: { clientId: 'ns_sandbox_client', clientSecret: 'ns_sandbox_secret', webhookSecret },
      });
    return {
      adapter: make('ns_sandbox_whsec'),
      wrongKeyAdapter: make('ns_other_whsec'),
      // Northstar prefers salaried borrowers: self-employed need ₹50,000 a month.
      sandbox: {
        url: sandboxUrl,
        lenderCode: 'northstar',
        approved,
        declined: { applicant: applicant({ employmentType: 'SELF_EMPLOYED', monthlyIncome: '40000.00' }), ask },
      },
    };
  });

  describe('resilience and partner quirks over HTTP', () => {
    const admin = async (code: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${sandboxUrl}/lenders/${code}/admin/${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      assert.ok(response.ok, `${method} ${path}: ${response.status}`);
      return (response.status === 204 ? undefined : response.json()) as Promise<any>;
    };
    const resilience = (overrides: Partial<ResilienceOptions> = {}): ResilienceOptions => ({
      timeoutsMs: { quote: 300, submit: 300, accept: 300, disburse: 300, disbursalStatus: 300 },
      maxConcurrent: 4,
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 200 },
      retry: { baseDelayMs: 10, maxDelayMs: 50, maxRetryAfterMs: 2_000 },
      ...overrides,
    });
    const lendwise = () =>
      new LendwiseAdapter({
        code: 'LENDWISE',
        baseUrl: `${sandboxUrl}/lenders/lendwise`,
        credentials: { apiKey: 'lw_sandbox_key', webhookSecret: 'lw_sandbox_whsec' },
      });
    const ctx = () => ({ requestId: randomUUID(), correlationId: 'e2e' });

    beforeEach(async () => {
      for (const code of ['lendwise', 'northstar']) {
        await admin(code, 'DELETE', 'faults');
        await admin(code, 'DELETE', 'stats');
      }
    });

    it('retries 5xx and 429 from the lender and succeeds, counted by the lender', async () => {
      const sut = new ResilientNbfcAdapter(lendwise(), resilience());
      await admin('lendwise', 'PUT', 'faults', { mode: 'error', failNext: 2 });
      assert.equal((await sut.quote(approved.applicant, approved.ask, ctx())).decision, 'APPROVED');
      assert.equal((await admin('lendwise', 'GET', 'stats')).total, 3);
      await admin('lendwise', 'PUT', 'faults', { mode: 'rate_limit', failNext: 1, retryAfterSeconds: 1 });
      const started = Date.now();
      assert.equal((await sut.quote(approved.applicant, approved.ask, ctx())).decision, 'APPROVED');
      assert.ok(Date.now() - started >= 950, 'waited for Retry-After');
    });

    it('times out a hung lender, opens the breaker, and closes it once the lender recovers', async () => {
      const sut = new ResilientNbfcAdapter(lendwise(), resilience({ retry: { maxAttempts: 1 } }));
      await admin('lendwise', 'PUT', 'faults', { mode: 'timeout', latencyMs: 5_000 });
      for (let i = 0; i < 3; i += 1) {
        await assert.rejects(sut.quote(approved.applicant, approved.ask, ctx()), (e: PartnerError) => e.code === PartnerErrorCode.Timeout);
      }
      await assert.rejects(
        sut.quote(approved.applicant, approved.ask, ctx()),
        (e: PartnerError) => e.code === PartnerErrorCode.CircuitOpen,
      );
      assert.equal((await admin('lendwise', 'GET', 'stats')).total, 3);
      await admin('lendwise', 'DELETE', 'faults');
      await new Promise((resolve) => setTimeout(resolve, 250));
      assert.equal((await sut.quote(approved.applicant, approved.ask, ctx())).decision, 'APPROVED');
    });

    it('maps a dropped connection to a retryable Unavailable', async () => {
      await admin('lendwise', 'PUT', 'faults', { mode: 'down', failNext: 1 });
      await assert.rejects(
        lendwise().quote(approved.applicant, approved.ask, ctx()),
        (e: PartnerError) => e.code === PartnerErrorCode.Unavailable && e.retryable,
      );
    });

    it('NORTHSTAR refreshes a revoked token after a 401 and retries once', async () => {
      const sut = new NorthstarAdapter({
        code: 'NORTHSTAR',
        baseUrl: `${sandboxUrl}/lenders/northstar`,
        credentials: { clientId: 'ns_sandbox_client', clientSecret: 'ns_sandbox_secret', webhookSecret: 'ns_sandbox_whsec' },
      });
      await sut.quote(approved.applicant, approved.ask, ctx());
      await fetch(`${sandboxUrl}/lenders/northstar/admin/tokens`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ revoke: true }),
      });
      assert.equal((await sut.quote(approved.applicant, approved.ask, ctx())).decision, 'APPROVED');
      const stats = await admin('northstar', 'GET', 'stats');
      assert.equal(stats.byRoute['POST /lenders/northstar/oauth/token'], 2);
      assert.equal(stats.byRoute['POST /lenders/northstar/v1/eligibility'], 3);
    });

    it('sends duplicate and out-of-order webhooks when asked, all authentic', async () => {
      const sink = new WebhookSink();
      await admin('lendwise', 'PUT', 'webhook-target', { url: await sink.start() });
      try {
        const sut = lendwise();
        await admin('lendwise', 'PUT', 'faults', { mode: 'none', webhooks: { duplicate: true, outOfOrder: true } });
        const submitted = await sut.submitApplication(approved.applicant, approved.ask, undefined, ctx());
        const mine = () => sink.received.filter((w) => w.rawBody.toString().includes(submitted.partnerReference));
        const deadline = Date.now() + 3_000;
        while (mine().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        const events = mine().map((w) => {
          sut.verifyWebhook(w);
          return sut.parseWebhook(w)[0]!;
        });
        assert.equal(events.length, 2);
        assert.equal(events[0]!.eventId, events[1]!.eventId, 'the same event twice: dedupe on eventId');
      } finally {
        await sink.stop();
      }
    });
  });
});
