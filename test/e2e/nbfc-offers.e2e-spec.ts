import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import type { Connection } from 'mysql2/promise';
import { RpcClient, type FeatureConfig } from '@los/common';
import {
  MessagePattern,
  paiseOf,
  type ApplicantProfile,
  type ComputeOffersReply,
  type LoanAsk,
  type PartnerSlaReply,
} from '@los/contracts';
import { ADAPTER_FACTORIES, NbfcAdapterRegistry, RpcPartnerConnectionSource, resolveCredentials, type CanonicalApplicant } from '@los/nbfc';
import { eventually } from '../support/eventually.js';
import { servicesScript } from '../support/repo-scripts.js';
import { TestSuite } from '../support/test-suite.js';

/** Sandbox PAN scoring exactly 750 (apps/sandbox/src/bureau/bureau-magic-pans.constants.ts). */
const PAN_750 = 'ZZZPZ0750Z';
const TYPICAL: ApplicantProfile = {
  dob: `${new Date().getUTCFullYear() - 35}-01-10`,
  monthlyIncome: '85000.00',
  existingEmiMonthly: '12000.00',
  employmentType: 'SALARIED',
  pincode: '560034',
  state: 'Karnataka',
  pan: PAN_750,
};
const ASK: LoanAsk = { amount: '250000.00', tenureMonths: 36 };
/** The seeded connections' quote budget and SLA (apps/offer-service/src/database/seeds/connection-seeds.ts). */
const QUOTE_TIMEOUT_MS = 2_000;
const QUOTE_SLA_MS = 1_500;

describe('offers from live NBFC connections beside rule-based partners', () => {
  let suite: TestSuite;
  let rpc: RpcClient;
  let db: Connection;
  let mongo: MongoClient;
  let offerDb: Db;
  let sandboxUrl: string;
  const startedAt = new Date();

  before(async () => {
    suite = await TestSuite.start(
      'nbfcoffers',
      [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'offer-service' }, { service: 'disbursal-service' }],
      {
        THROTTLE_AUTH_LIMIT: '1000',
      },
    );
    sandboxUrl = suite.app('sandbox').url;
    db = await suite.mysql('offer-service');
    // Connections are seeded disabled; enabling them takes effect when the service next boots.
    await db.query("UPDATE partner_connections SET enabled = 1 WHERE partner_code IN ('AURUM_PRIME', 'VISTAAR_CREDIT')");
    await suite.stopApp(suite.app('offer-service'));
    await suite.startApp('offer-service', { SANDBOX_URL: sandboxUrl });
    rpc = new RpcClient({ REDIS_URL: suite.redis.url, RPC_TIMEOUT_MS: 15_000 } as FeatureConfig<'durable' | 'redis'>);
    mongo = new MongoClient(suite.infra.mongoUrl);
    offerDb = mongo.db(`${suite.prefix}_${(await servicesScript()).serviceByName('offer-service').db}`);
  });
  after(async () => {
    for (const code of ['lendwise', 'northstar'])
      await fetch(`${sandboxUrl}/lenders/${code}/admin/faults`, { method: 'DELETE' }).catch(() => undefined);
    await rpc?.onApplicationShutdown();
    await db?.end();
    await mongo?.close();
    await suite?.stop();
  });

  const send = <R>(pattern: MessagePattern, payload: object) => rpc.send<R>(pattern, { correlationId: `e2e-${randomUUID()}`, payload });
  const compute = (applicationId: string = randomUUID(), applicant: Partial<ApplicantProfile> = {}) =>
    send<ComputeOffersReply>(MessagePattern.OfferCompute, { applicationId, applicant: { ...TYPICAL, ...applicant }, loan: ASK });
  const resultOf = (reply: ComputeOffersReply, code: string) => reply.results.find((result) => result.partnerCode === code)!;
  const faults = async (code: string, body?: object) => {
    const response = await fetch(`${sandboxUrl}/lenders/${code}/admin/faults`, {
      method: body ? 'PUT' : 'DELETE',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    assert.ok(response.ok, `faults ${code}: ${response.status}`);
  };

  it('quotes AURUM_PRIME (lendwise) and VISTAAR_CREDIT (northstar) live and the other two from their rules', async () => {
    const applicationId = randomUUID();
    const reply = await compute(applicationId);
    assert.deepEqual(reply.results.map((r) => [r.partnerCode, r.eligible]).sort(), [
      ['AURUM_PRIME', true],
      ['SETU_MICROLOANS', true],
      ['UDYAM_FINSERV', true],
      ['VISTAAR_CREDIT', true],
    ]);
    const aprs = reply.results.map((r) => r.offer!.apr);
    assert.deepEqual(
      aprs,
      [...aprs].sort((a, b) => a - b),
    );
    // Lendwise: 14.5% at a score of 750, fee 2%; Northstar: 15% for the salaried, fee 1.5%.
    const aurum = resultOf(reply, 'AURUM_PRIME').offer!;
    assert.deepEqual([aurum.amount, aurum.tenureMonths, aurum.annualRatePercent, aurum.processingFee], ['250000.00', 36, 14.5, '5000.00']);
    const vistaar = resultOf(reply, 'VISTAAR_CREDIT').offer!;
    assert.deepEqual(
      [vistaar.amount, vistaar.tenureMonths, vistaar.annualRatePercent, vistaar.processingFee],
      ['250000.00', 36, 15, '3750.00'],
    );
    assert.ok(aurum.apr > 14.5 && paiseOf(aurum.emi) > 0);

    // The call trail is written behind the partners' answers.
    const calls = await eventually(
      () => offerDb.collection('partner_calls').find({ applicationId }).toArray(),
      (found) => found.length >= 2,
      { what: 'two recorded quote calls' },
    );
    assert.deepEqual(calls.map((c) => [c.partner, c.operation, c.outcome]).sort(), [
      ['AURUM_PRIME', 'quote', 'SUCCESS'],
      ['VISTAAR_CREDIT', 'quote', 'SUCCESS'],
    ]);
    const stored = JSON.stringify(calls);
    assert.ok(!stored.includes(PAN_750), 'PAN is masked');
    assert.ok(!/lw_sandbox_key|ns_sandbox_secret|apiKey|access_token/i.test(stored), 'no secrets');
    assert.ok(calls.every((c) => c.correlationId.startsWith('e2e-') && c.latencyMs >= 0 && c.request.applicant.pan === 'XXXXXX750Z'));
  });

  it('maps a live decline to our reasons', async () => {
    const reply = await compute(randomUUID(), { monthlyIncome: '25000.00', existingEmiMonthly: '0.00' });
    assert.ok(resultOf(reply, 'AURUM_PRIME').reasons.includes('INCOME_BELOW_MIN'), String(resultOf(reply, 'AURUM_PRIME').reasons));
    assert.equal(resultOf(reply, 'AURUM_PRIME').eligible, false);
  });

  it('answers with the others when one lender is down and one is slow, within the quote budget', async () => {
    await faults('northstar', { mode: 'down' });
    await faults('lendwise', { mode: 'slow', latencyMs: QUOTE_SLA_MS + 200 });
    try {
      const started = Date.now();
      const reply = await compute();
      const elapsed = Date.now() - started;
      assert.ok(elapsed < QUOTE_TIMEOUT_MS + 1_500, `answered in ${elapsed} ms`);
      assert.deepEqual(
        [resultOf(reply, 'VISTAAR_CREDIT').eligible, resultOf(reply, 'VISTAAR_CREDIT').reasons],
        [false, ['PARTNER_UNAVAILABLE']],
      );
      assert.equal(resultOf(reply, 'AURUM_PRIME').offer!.annualRatePercent, 14.5);
      assert.ok(resultOf(reply, 'UDYAM_FINSERV').eligible && resultOf(reply, 'SETU_MICROLOANS').eligible);
      assert.deepEqual(
        reply.results.filter((r) => !r.eligible).map((r) => r.partnerCode),
        ['VISTAAR_CREDIT'],
      );
    } finally {
      await faults('northstar');
      await faults('lendwise');
    }
  });

  it('shows PARTNER_TIMEOUT for a lender slower than its budget, and still answers in time', async () => {
    await faults('lendwise', { mode: 'slow', latencyMs: QUOTE_TIMEOUT_MS + 2_000 });
    try {
      const started = Date.now();
      const reply = await compute();
      const elapsed = Date.now() - started;
      assert.ok(elapsed < QUOTE_TIMEOUT_MS + 1_500, `answered in ${elapsed} ms`);
      assert.deepEqual(resultOf(reply, 'AURUM_PRIME').reasons, ['PARTNER_TIMEOUT']);
      assert.equal(resultOf(reply, 'VISTAAR_CREDIT').eligible, true);
    } finally {
      await faults('lendwise');
    }
  });

  it('reports each partner’s latency percentiles, error rate and SLA breaches', async () => {
    const to = new Date(Date.now() + 5_000).toISOString();
    const aurum = await eventually(
      () => send<PartnerSlaReply>(MessagePattern.PartnerSla, { partnerCode: 'AURUM_PRIME', from: startedAt.toISOString(), to }),
      (reply) => reply.calls >= 3 && reply.breaches >= 1,
      { what: "AURUM_PRIME's recorded calls and breach" },
    );
    assert.ok(aurum.p99Ms! >= QUOTE_SLA_MS && aurum.p50Ms! <= aurum.p95Ms! && aurum.p95Ms! <= aurum.p99Ms!, JSON.stringify(aurum));
    const vistaar = await send<PartnerSlaReply>(MessagePattern.PartnerSla, {
      partnerCode: 'VISTAAR_CREDIT',
      from: startedAt.toISOString(),
      to,
    });
    assert.ok(vistaar.calls >= 3 && vistaar.errorRate > 0 && vistaar.errorRate < 1, JSON.stringify(vistaar));
    const [breaches] = await db.query<any[]>(
      "SELECT operation, figure_ms, threshold_ms FROM partner_sla_breaches WHERE partner_code = 'AURUM_PRIME'",
    );
    assert.ok(
      breaches.length >= 1 &&
        breaches.every((b: any) => b.operation === 'quote' && b.figure_ms > b.threshold_ms && b.threshold_ms === QUOTE_SLA_MS),
    );

    const metrics = (await (await fetch(`${suite.app('offer-service').url}/metrics`)).text()).split('\n');
    const sample = (name: string, labels: string[]) =>
      Number(
        metrics
          .find((line) => line.startsWith(`${name}{`) && labels.every((label) => line.includes(label)))
          ?.split(' ')
          .pop(),
      );
    assert.ok(sample('los_partner_call_duration_seconds_count', ['partner="AURUM_PRIME"', 'operation="quote"', 'outcome="SUCCESS"']) >= 1);
    assert.ok(sample('los_partner_calls_total', ['partner="VISTAAR_CREDIT"', 'operation="quote"', 'outcome="ERROR"']) >= 1);

    const quiet = await send<PartnerSlaReply>(MessagePattern.PartnerSla, {
      partnerCode: 'SETU_MICROLOANS',
      from: startedAt.toISOString(),
      to,
    });
    assert.deepEqual([quiet.calls, quiet.p50Ms, quiet.errorRate, quiet.breaches], [0, null, 0, 0]);
    await assert.rejects(
      send(MessagePattern.PartnerSla, { partnerCode: 'NO_SUCH_LENDER', from: startedAt.toISOString(), to }),
      /not found/i,
    );
  });

  it('serves the SLA figures to admins at GET /v1/admin/partners/:code/sla', async () => {
    const admin = await suite.users.adminUser();
    const from = encodeURIComponent(startedAt.toISOString());
    const to = encodeURIComponent(new Date(Date.now() + 5_000).toISOString());
    const response = await admin.http.get(`/v1/admin/partners/AURUM_PRIME/sla?from=${from}&to=${to}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.partnerCode, 'AURUM_PRIME');
    assert.ok(response.body.calls >= 3 && response.body.breaches >= 1, JSON.stringify(response.body));
    assert.equal((await admin.http.get(`/v1/admin/partners/AURUM_PRIME/sla?from=yesterday&to=${to}`)).status, 400);
    assert.equal((await admin.http.get(`/v1/admin/partners/AURUM_PRIME/sla?from=${to}&to=${from}`)).status, 400);
    assert.equal((await admin.http.get(`/v1/admin/partners/NO_SUCH_LENDER/sla?from=${from}&to=${to}`)).status, 404);
  });

  it('shares the enabled connections with other services, which reach the lenders with them', async () => {
    const source = new RpcPartnerConnectionSource(rpc, { attempts: 1, delayMs: 0 });
    const connections = await source.enabledConnections();
    assert.deepEqual(
      connections.map((c) => [c.partnerCode, c.adapterType, c.baseUrlPath, c.sla.quoteMs, c.resilience.timeoutsMs.quote]),
      [
        ['AURUM_PRIME', 'lendwise', '/lenders/lendwise', QUOTE_SLA_MS, QUOTE_TIMEOUT_MS],
        ['VISTAAR_CREDIT', 'northstar', '/lenders/northstar', QUOTE_SLA_MS, QUOTE_TIMEOUT_MS],
      ],
    );
    // What the disbursal service will do with them: its own adapters, its own credentials resolution.
    const registry = new NbfcAdapterRegistry(
      connections.map((c) => ({
        code: c.partnerCode,
        adapterType: c.adapterType,
        baseUrl: `${sandboxUrl}${c.baseUrlPath}`,
        credentials: resolveCredentials(c.partnerCode, c.credentials),
        resilience: c.resilience,
      })),
      ADAPTER_FACTORIES,
    );
    const applicant: CanonicalApplicant = {
      applicationId: randomUUID(),
      fullName: 'Loan Applicant',
      dob: TYPICAL.dob,
      pan: PAN_750,
      mobile: '9876543210',
      email: 'applicant@example.in',
      employmentType: 'SALARIED',
      monthlyIncome: TYPICAL.monthlyIncome,
      existingEmiMonthly: TYPICAL.existingEmiMonthly,
      pincode: TYPICAL.pincode,
      city: 'Bengaluru',
      state: TYPICAL.state,
      bureauScore: 750,
    };
    const quote = await registry
      .get('AURUM_PRIME')
      .quote(applicant, { ...ASK, purpose: 'personal' }, { requestId: `e2e-${randomUUID()}`, correlationId: 'e2e-shared-connections' });
    assert.equal(quote.decision, 'APPROVED', JSON.stringify(quote));
  });

  it('refuses to share a real partner connection holding a secret value, and shares its references', async () => {
    const source = new RpcPartnerConnectionSource(rpc, { attempts: 1, delayMs: 0 });
    const [[original]] = await db.query<any[]>(
      "SELECT base_url_path, credentials FROM partner_connections WHERE partner_code = 'VISTAAR_CREDIT'",
    );
    try {
      await db.query(
        "UPDATE partner_connections SET base_url_path = 'https://api.northstar.example' WHERE partner_code = 'VISTAAR_CREDIT'",
      );
      await assert.rejects(source.enabledConnections(), (error: any) => {
        assert.equal(error.code, 'FORBIDDEN');
        assert.match(error.message, /VISTAAR_CREDIT holds credential clientId as a value/);
        assert.doesNotMatch(error.message, /ns_sandbox/);
        return true;
      });
      const references = {
        clientId: 'env:NORTHSTAR_CLIENT_ID',
        clientSecret: 'file:/run/secrets/northstar',
        webhookSecret: 'env:NS_WHSEC',
      };
      await db.query("UPDATE partner_connections SET credentials = ? WHERE partner_code = 'VISTAAR_CREDIT'", [JSON.stringify(references)]);
      const vistaar = (await source.enabledConnections()).find((c) => c.partnerCode === 'VISTAAR_CREDIT');
      assert.deepEqual([vistaar?.baseUrlPath, vistaar?.credentials], ['https://api.northstar.example', references]);
    } finally {
      await db.query("UPDATE partner_connections SET base_url_path = ?, credentials = ? WHERE partner_code = 'VISTAAR_CREDIT'", [
        original.base_url_path,
        typeof original.credentials === 'string' ? original.credentials : JSON.stringify(original.credentials),
      ]);
    }
  });
});
