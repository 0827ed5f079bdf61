import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { signLendwise } from '@los/nbfc';
import { eventually } from '../support/eventually.js';
import type { TestUser } from '../support/gateway-users.js';
import { waitForStatus } from '../support/kyc-fixtures.js';
import { acceptedApplication } from '../support/offer-journey.js';
import { enableConnections, sandboxLenderAdmin } from '../support/sandbox-lenders.js';
import { EVERY_SERVICE, TestSuite } from '../support/test-suite.js';

/** The lenders that call back: the partner each serves, the sandbox route that sets where it calls, its approval word. */
const CALLS_BACK = {
  lendwise: { partnerCode: 'AURUM_PRIME', route: 'webhook-target', approved: 'approved' },
  northstar: { partnerCode: 'VISTAAR_CREDIT', route: 'webhook-target', approved: 'SANCTIONED' },
  ocean: { partnerCode: 'SETU_MICROLOANS', route: 'callback-target', approved: 'OFFER_APPROVED' },
} as const;
type Lender = keyof typeof CALLS_BACK;
const LENDERS = Object.keys(CALLS_BACK) as Lender[];
/** Nothing listens here: a webhook sent to it is lost. */
const DEAD_TARGET = 'http://127.0.0.1:9/lost';
/** disbursal-service (the lender relationship's owner) as the outage test needs it (the decision reconciler out of the way), and with a reconciler asking often. */
const NOT_POLLING = { SWEEP_INTERVAL_MS: '500', DECISION_POLL_AFTER_MS: '3600000', DECISION_POLL_INTERVAL_MS: '3600000' };
const POLLING = { SWEEP_INTERVAL_MS: '500', DECISION_POLL_AFTER_MS: '1000', DECISION_POLL_INTERVAL_MS: '1000' };

/** Lender news is never lost: kept while its verifier is away, polled for when its webhook never came, retried by the lender. */
describe('lender news survives a disbursal-service outage, a lost webhook and a failing gateway', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let gatewayDb: Connection;
  let disbursalDb: Connection;

  before(async () => {
    suite = await TestSuite.start('lender_news', EVERY_SERVICE, {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    await enableConnections(
      suite,
      LENDERS.map((lender) => CALLS_BACK[lender].partnerCode),
      NOT_POLLING,
    );
    gatewayDb = await suite.mysql('gateway');
    disbursalDb = await suite.mysql('disbursal-service');
    applicant = await suite.users.applicant('lender-news');
  });
  after(async () => {
    await gatewayDb?.end();
    await disbursalDb?.end();
    await suite?.stop();
  });

  const lenderAdmin = (method: string, path: string, body?: unknown) => sandboxLenderAdmin(suite.app('sandbox').url, method, path, body);

  async function startDisbursalService(env: Record<string, string>) {
    await suite.startApp('disbursal-service', { SANDBOX_URL: suite.app('sandbox').url, ...env });
  }

  const gatewayTarget = (lender: Lender) => `${suite.app('gateway').url}/v1/partners/${CALLS_BACK[lender].partnerCode}/webhooks`;
  const pointWebhooks = (lender: Lender, url: string) => lenderAdmin('PUT', `${lender}/admin/${CALLS_BACK[lender].route}`, { url });
  const setRetries = (lender: Lender, policy: { enabled: boolean; maxAttempts?: number; baseDelayMs?: number }) =>
    lenderAdmin('PUT', `${lender}/admin/webhook-retries`, policy);

  /**
   * The one place an application is taken to its lender: through KYC, the lender's offer accepted, and submitted (the
   * lender's reference linked). After underwriting lands, the journey to the lender changes here only.
   */
  async function atLender(lender: Lender): Promise<{ id: string; reference: string }> {
    const { partnerCode } = CALLS_BACK[lender];
    const id = await acceptedApplication(suite.app('sandbox').http, applicant, partnerCode);
    const submitted = await eventually(
      () => applicant.http.get(`/v1/applications/${id}`),
      (r) => typeof r.body.lender?.reference === 'string',
      { timeoutMs: 45_000, what: `${id} submitted to ${lender}` },
    );
    return { id, reference: submitted.body.lender.reference as string };
  }

  const deliveries = async () =>
    (await gatewayDb.query<RowDataPacket[]>('SELECT partner_code, status, failure_code FROM partner_webhook_deliveries'))[0];
  const eventIdsOf = async (reference: string) =>
    (await gatewayDb.query<RowDataPacket[]>('SELECT event_id FROM partner_events WHERE partner_reference = ?', [reference]))[0].map(
      (row) => row.event_id as string,
    );

  it('keeps approvals sent while disbursal-service is down (202), and applies each once it is back', async () => {
    for (const lender of LENDERS) {
      await setRetries(lender, { enabled: false });
      await pointWebhooks(lender, '');
    }
    // Two applications per lender at the lender, their decisions on submission not heard (no webhook target).
    const submitted: { lender: Lender; id: string; reference: string }[] = [];
    for (const lender of LENDERS) {
      for (let i = 0; i < 2; i += 1) submitted.push({ lender, ...(await atLender(lender)) });
    }
    for (const { id } of submitted) assert.notEqual((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'APPROVED');
    for (const lender of LENDERS) {
      await lenderAdmin('DELETE', `${lender}/admin/stats`);
      await pointWebhooks(lender, gatewayTarget(lender));
    }

    await suite.stopApp(suite.app('disbursal-service'));
    for (const { lender, reference } of submitted) {
      await lenderAdmin('PUT', `${lender}/admin/applications/${encodeURIComponent(reference)}/status`, {
        status: CALLS_BACK[lender].approved,
      });
    }
    // A forged webhook is kept too (nobody can check it now), then refused once the verifier is back.
    const forgedBody = JSON.stringify({
      id: 'evt_forged_outage',
      type: 'application.status_changed',
      createdAt: new Date().toISOString(),
      data: { applicationId: submitted[0]!.reference, status: 'declined' },
    });
    const forged = await suite.app('gateway').http.request<any>('POST', '/v1/partners/AURUM_PRIME/webhooks', forgedBody, {
      'content-type': 'application/json',
      'lendwise-signature': signLendwise(forgedBody, 'not-the-secret', Math.floor(Date.now() / 1000)),
    });
    assert.deepEqual([forged.status, forged.body], [202, { received: true, verification: 'PENDING' }]);

    const kept = await eventually(deliveries, (rows) => rows.length === submitted.length + 1, { what: 'every webhook kept' });
    assert.ok(
      kept.every((row) => row.status === 'PENDING'),
      JSON.stringify(kept),
    );
    for (const lender of LENDERS) {
      const stats = await lenderAdmin('GET', `${lender}/admin/stats`);
      assert.deepEqual([stats.webhooksDelivered, stats.webhookRetries], [2, 0], `${lender}: both answered 2xx, none retried`);
    }
    for (const { id } of submitted) assert.notEqual((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'APPROVED');

    await startDisbursalService(NOT_POLLING);
    for (const { id, lender } of submitted) {
      const approved = await waitForStatus(applicant, id, (s) => s === 'APPROVED', `${id} APPROVED by ${lender}`);
      assert.equal(approved.body.lender.status, 'APPROVED');
    }
    const done = await eventually(deliveries, (rows) => rows.every((row) => row.status !== 'PENDING'), {
      what: 'every kept webhook verified',
    });
    assert.deepEqual(done.map((row) => row.status).sort(), [...Array(submitted.length).fill('APPLIED'), 'REJECTED']);
    assert.equal(done.find((row) => row.status === 'REJECTED')!.failure_code, 'WEBHOOK_SIGNATURE_INVALID');
    const ops = await suite.users.withRole('ops');
    const rejected = await ops.http.get('/v1/ops/partner-webhook-deliveries?status=REJECTED');
    assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
    assert.deepEqual(
      rejected.body.items.map((item: any) => [item.partnerCode, item.failureCode]),
      [['AURUM_PRIME', 'WEBHOOK_SIGNATURE_INVALID']],
    );
    // The forged decline moved nothing.
    assert.equal((await applicant.http.get(`/v1/applications/${submitted[0]!.id}`)).body.status, 'APPROVED');
  });

  it('finds an approval whose webhook was lost for good by polling the lender', async () => {
    await suite.stopApp(suite.app('disbursal-service'));
    await startDisbursalService(POLLING);
    await setRetries('lendwise', { enabled: false });
    await pointWebhooks('lendwise', DEAD_TARGET);
    try {
      const { id, reference } = await atLender('lendwise');
      const approved = await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED by polling');
      assert.equal(approved.body.lender.status, 'APPROVED');
      assert.deepEqual(
        (await eventIdsOf(reference)).filter((eventId) => eventId.startsWith('evt_')),
        [],
        'no webhook reached the gateway',
      );
      const [[polled]] = await disbursalDb.query<RowDataPacket[]>(
        'SELECT poll_count, last_polled_at FROM partner_decision_polls WHERE application_id = ?',
        [id],
      );
      assert.ok(polled && polled.poll_count >= 1 && polled.last_polled_at instanceof Date, JSON.stringify(polled));
    } finally {
      await pointWebhooks('lendwise', gatewayTarget('lendwise'));
    }
  });

  it('delivers a webhook on a retry when the first attempt fails', async () => {
    await setRetries('lendwise', { enabled: true, maxAttempts: 5, baseDelayMs: 1_000 });
    await lenderAdmin('DELETE', 'lendwise/admin/stats');
    await pointWebhooks('lendwise', DEAD_TARGET);
    try {
      const { id, reference } = await atLender('lendwise');
      await eventually(
        () => lenderAdmin('GET', 'lendwise/admin/stats'),
        (stats) => stats.webhookAttempts >= 1,
        { what: 'the first attempt, to a dead target' },
      );
      await pointWebhooks('lendwise', gatewayTarget('lendwise'));
      await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED');
      const stats = await eventually(
        () => lenderAdmin('GET', 'lendwise/admin/stats'),
        (s) => s.webhooksDelivered >= 1,
        { what: 'the webhook delivered' },
      );
      assert.ok(stats.webhookRetries >= 1, JSON.stringify(stats));
      assert.equal(stats.webhooksAbandoned, 0, JSON.stringify(stats));
      assert.ok(
        (await eventIdsOf(reference)).some((eventId) => eventId.startsWith('evt_')),
        "the lender's own webhook reached the gateway",
      );
    } finally {
      await setRetries('lendwise', { enabled: false });
    }
  });
});
