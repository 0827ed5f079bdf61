import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient, type Collection } from 'mongodb';
import type { Connection } from 'mysql2/promise';
import type { PartnerOfferResult, PartnerSlaReply } from '@los/contracts';
import { eventually } from '../support/eventually.js';
import type { TestUser } from '../support/gateway-users.js';
import { verifiedApplication } from '../support/kyc-fixtures.js';
import { servicesScript } from '../support/repo-scripts.js';
import { TestSuite } from '../support/test-suite.js';

/**
 * A short breaker for the test; the seeds keep 5 failures and 10 s. Each offer computation makes up to 2 attempts.
 * Half-open after 15 s: offers are computed when KYC is verified, so each computation here takes an applicant through KYC.
 */
const BREAKER = { consecutiveFailures: 3, halfOpenAfterMs: 15_000 };
/** Seeded: quote SLA 1.5 s, and a partner's Retry-After is honoured up to 1 s. */
const QUOTE_SLA_MS = 1_500;
const RETRY_AFTER_SECONDS = 1;
/** UDYAM_FINSERV is connected live to the sandbox's KUBER for this file, with room for a slow answer. */
const KUBER_QUOTE_TIMEOUT_MS = 3_000;
const SLOW_MS = 1_800;
const BATCH = 5;
const QUOTE_ROUTE: Record<string, string> = {
  lendwise: 'POST /lenders/lendwise/v1/quotes',
  northstar: 'POST /lenders/northstar/v1/eligibility',
  kuber: 'POST /lenders/kuber/quotes',
};

interface PartnerCallDoc {
  partner: string;
  applicationId: string;
  outcome: string;
  errorCode: string | null;
  latencyMs: number;
}

/** Circuit breaking, Retry-After and isolation of live partner calls, seen through the gateway's offers. */
describe('resilience of live NBFC quotes over HTTP', () => {
  let suite: TestSuite;
  let db: Connection;
  let mongo: MongoClient;
  let partnerCalls: Collection<PartnerCallDoc>;
  let applicant: TestUser;
  let admin: TestUser;

  before(async () => {
    suite = await TestSuite.start(
      'nbfcresil',
      [
        { service: 'sandbox' },
        { service: 'gateway' },
        { service: 'kyc-service' },
        { service: 'offer-service' },
        { service: 'disbursal-service' },
      ],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000' },
    );
    db = await suite.mysql('offer-service');
    await db.query(
      `UPDATE partner_connections SET enabled = 1,
         resilience = JSON_SET(resilience, '$.breaker.consecutiveFailures', ?, '$.breaker.halfOpenAfterMs', ?)
       WHERE partner_code IN ('AURUM_PRIME', 'VISTAAR_CREDIT')`,
      [BREAKER.consecutiveFailures, BREAKER.halfOpenAfterMs],
    );
    await db.query(
      `UPDATE partner_connections SET enabled = 1,
         resilience = JSON_SET(resilience, '$.breaker.consecutiveFailures', ?, '$.breaker.halfOpenAfterMs', ?, '$.timeoutsMs.quote', ?)
       WHERE partner_code = 'UDYAM_FINSERV'`,
      [BREAKER.consecutiveFailures, BREAKER.halfOpenAfterMs, KUBER_QUOTE_TIMEOUT_MS],
    );
    // Connections are read at boot.
    await suite.stopApp(suite.app('offer-service'));
    await suite.startApp('offer-service', { SANDBOX_URL: suite.app('sandbox').url });
    mongo = new MongoClient(suite.infra.mongoUrl);
    partnerCalls = mongo.db(`${suite.prefix}_${(await servicesScript()).serviceByName('offer-service').db}`).collection('partner_calls');
    [applicant, admin] = await Promise.all([suite.users.applicant('resilience'), suite.users.adminUser()]);
  });
  after(async () => {
    for (const lender of Object.keys(QUOTE_ROUTE)) await lenderAdmin('DELETE', `${lender}/admin/faults`).catch(() => undefined);
    await db?.end();
    await mongo?.close();
    await suite?.stop();
  });

  const lenderAdmin = (method: string, path: string, body?: object) =>
    fetch(`${suite.app('sandbox').url}/lenders/${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
  const faults = async (lender: string, fault?: object) => {
    const response = await lenderAdmin(fault ? 'PUT' : 'DELETE', `${lender}/admin/faults`, fault);
    assert.ok(response.ok, `faults ${lender}: ${response.status}`);
  };
  const quoteRequests = async (lender: string) => {
    const stats = (await (await lenderAdmin('GET', `${lender}/admin/stats`)).json()) as { byRoute: Record<string, number> };
    return stats.byRoute[QUOTE_ROUTE[lender]!] ?? 0;
  };
  // Offers are computed (the partners called) when KYC is verified: each fresh round of partner calls is a new applicant.
  const nextApplication = () => verifiedApplication(suite.app('sandbox').http, applicant, 750);
  const offersOf = async (application: Promise<string>) => {
    const applicationId = await application;
    const response = await applicant.http.get<PartnerOfferResult[]>(`/v1/applications/${applicationId}/offers`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const byPartner = new Map(response.body.map((result) => [result.partnerCode, result]));
    return { applicationId, of: (code: string) => byPartner.get(code)! };
  };
  // The call trail is written behind the partner's answer: wait for it.
  const callOf = async (applicationId: string, partner: string) => {
    const calls = await eventually(
      () => partnerCalls.find({ applicationId, partner }).toArray(),
      (found) => found.length > 0,
      { what: `the ${partner} call of ${applicationId}` },
    );
    assert.equal(calls.length, 1, `${partner} calls for ${applicationId}: ${JSON.stringify(calls)}`);
    return calls[0]!;
  };
  const sla = async (partnerCode: string, from: Date, to: Date) => {
    const response = await admin.http.get<PartnerSlaReply>(
      `/v1/admin/partners/${partnerCode}/sla?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`,
    );
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };

  it("opens AURUM_PRIME's breaker after repeated failures, fails fast while open, and closes once the lender recovers", async (t) => {
    await faults('lendwise', { mode: 'error' });
    const before = await quoteRequests('lendwise');

    const first = await offersOf(nextApplication());
    assert.deepEqual([first.of('AURUM_PRIME').eligible, first.of('AURUM_PRIME').reasons], [false, ['PARTNER_UNAVAILABLE']]);
    assert.equal(await quoteRequests('lendwise'), before + 2, 'one retry');
    assert.equal((await callOf(first.applicationId, 'AURUM_PRIME')).errorCode, 'PARTNER_UNAVAILABLE');

    // The third failure in a row opens the breaker; the retry after it meets the open circuit.
    const second = await offersOf(nextApplication());
    const openedAt = Date.now();
    assert.deepEqual(second.of('AURUM_PRIME').reasons, ['PARTNER_UNAVAILABLE']);
    assert.equal(await quoteRequests('lendwise'), before + 3);
    assert.equal((await callOf(second.applicationId, 'AURUM_PRIME')).errorCode, 'PARTNER_CIRCUIT_OPEN');

    // Open: no call reaches the lender, even once it is healthy again, and the other partners still quote.
    const whileDown = await offersOf(nextApplication());
    await faults('lendwise');
    const whileHealthy = await offersOf(nextApplication());
    const stillOpenFor = Date.now() - openedAt;
    assert.ok(stillOpenFor < BREAKER.halfOpenAfterMs, `calls made while open took ${stillOpenFor} ms`);
    assert.equal(await quoteRequests('lendwise'), before + 3, 'an open circuit does not call the lender');
    const failFastMs: number[] = [];
    for (const reply of [whileDown, whileHealthy]) {
      assert.deepEqual(reply.of('AURUM_PRIME').reasons, ['PARTNER_UNAVAILABLE']);
      assert.ok(reply.of('VISTAAR_CREDIT').eligible && reply.of('UDYAM_FINSERV').eligible);
      const call = await callOf(reply.applicationId, 'AURUM_PRIME');
      assert.equal(call.errorCode, 'PARTNER_CIRCUIT_OPEN');
      assert.ok(call.latencyMs < 250, `failed fast in ${call.latencyMs} ms`);
      failFastMs.push(call.latencyMs);
    }

    // After the half-open delay one trial goes through, succeeds and closes the breaker.
    await sleep(openedAt + BREAKER.halfOpenAfterMs + 200 - Date.now());
    const trial = await offersOf(nextApplication());
    const closedAfterMs = Date.now() - openedAt;
    assert.equal(trial.of('AURUM_PRIME').offer?.annualRatePercent, 14.5, JSON.stringify(trial.of('AURUM_PRIME')));
    assert.equal((await callOf(trial.applicationId, 'AURUM_PRIME')).outcome, 'SUCCESS');
    const closed = await offersOf(nextApplication());
    assert.equal(closed.of('AURUM_PRIME').eligible, true);
    assert.equal(await quoteRequests('lendwise'), before + 5);
    t.diagnostic(
      `breaker: open after 2 offer requests (3 lender calls), failing fast in ${failFastMs.join(' and ')} ms; closed by a trial ${closedAfterMs} ms after opening`,
    );
  });

  it("honours a 429's Retry-After: waits that long, asks again and shows the live offer", async (t) => {
    await faults('lendwise', { mode: 'rate_limit', retryAfterSeconds: RETRY_AFTER_SECONDS, failNext: 1 });
    const before = await quoteRequests('lendwise');
    const limited = await offersOf(nextApplication());
    assert.equal(limited.of('AURUM_PRIME').offer?.annualRatePercent, 14.5, JSON.stringify(limited.of('AURUM_PRIME')));
    assert.equal(await quoteRequests('lendwise'), before + 2);
    const call = await callOf(limited.applicationId, 'AURUM_PRIME');
    assert.equal(call.outcome, 'SUCCESS');
    // The seeded backoff without Retry-After is at most 500 ms: waiting a full second is the header's doing.
    assert.ok(call.latencyMs >= RETRY_AFTER_SECONDS * 1000, `${call.latencyMs} ms`);
    t.diagnostic(`429 Retry-After ${RETRY_AFTER_SECONDS} s: partner call ${call.latencyMs} ms`);

    // A Retry-After longer than the connection will wait gives up at once instead.
    await faults('lendwise', { mode: 'rate_limit', retryAfterSeconds: 30, failNext: 1 });
    const impatient = await offersOf(nextApplication());
    assert.deepEqual(impatient.of('AURUM_PRIME').reasons, ['PARTNER_UNAVAILABLE']);
    assert.equal(await quoteRequests('lendwise'), before + 3);
    const gaveUp = await callOf(impatient.applicationId, 'AURUM_PRIME');
    assert.equal(gaveUp.errorCode, 'PARTNER_RATE_LIMITED');
    assert.ok(gaveUp.latencyMs < RETRY_AFTER_SECONDS * 1000, `${gaveUp.latencyMs} ms`);
  });

  it("keeps a healthy partner's quote latency while one partner is down and one is slow", async (t) => {
    const round = async () => {
      const from = new Date();
      const ids = Array.from({ length: BATCH }, nextApplication);
      const replies = await Promise.all(ids.map(offersOf));
      return { replies, from, to: new Date(Date.now() + 1) };
    };
    const baseline = await round();
    for (const reply of baseline.replies) {
      assert.ok(
        ['AURUM_PRIME', 'VISTAAR_CREDIT', 'UDYAM_FINSERV'].every((code) => reply.of(code).eligible),
        reply.applicationId,
      );
    }

    await faults('northstar', { mode: 'down' });
    await faults('kuber', { mode: 'slow', latencyMs: SLOW_MS });
    let faulted: Awaited<ReturnType<typeof round>>;
    try {
      faulted = await round();
    } finally {
      await faults('northstar');
      await faults('kuber');
    }
    for (const reply of faulted.replies) {
      assert.deepEqual(reply.of('VISTAAR_CREDIT').reasons, ['PARTNER_UNAVAILABLE']);
      assert.ok(reply.of('UDYAM_FINSERV').eligible, 'slow but within its timeout');
      assert.ok(reply.of('AURUM_PRIME').eligible);
      assert.ok((await callOf(reply.applicationId, 'UDYAM_FINSERV')).latencyMs >= SLOW_MS);
    }

    const recorded = (code: string, window: { from: Date; to: Date }, breaches = 0) =>
      eventually(
        () => sla(code, window.from, window.to),
        (reply) => reply.calls >= BATCH && reply.breaches >= breaches,
        { what: `${code}'s recorded calls` },
      );
    const [healthyBefore, healthy, slow] = await Promise.all([
      recorded('AURUM_PRIME', baseline),
      recorded('AURUM_PRIME', faulted),
      recorded('UDYAM_FINSERV', faulted, BATCH),
    ]);
    assert.deepEqual([healthy.calls, healthy.errorRate, healthy.breaches], [BATCH, 0, 0], JSON.stringify(healthy));
    assert.deepEqual([slow.calls, slow.breaches], [BATCH, BATCH], JSON.stringify(slow));
    assert.ok(slow.p50Ms! >= SLOW_MS && SLOW_MS > QUOTE_SLA_MS);
    // Generous bounds for a busy two-core machine; a slow partner holding the healthy one's calls would add its 1.8 s.
    const allowed = Math.min(SLOW_MS / 2, Math.max(3 * healthyBefore.p99Ms!, healthyBefore.p99Ms! + 500));
    assert.ok(healthy.p99Ms! < allowed, `healthy p99 ${healthy.p99Ms} ms (baseline ${healthyBefore.p99Ms} ms, allowed ${allowed} ms)`);
    t.diagnostic(`healthy AURUM_PRIME p99 ${healthyBefore.p99Ms} ms → ${healthy.p99Ms} ms beside a slow partner at p50 ${slow.p50Ms} ms`);
  });
});
