import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { signLendwise } from '@los/nbfc';
import { deterministicId } from '../../apps/sandbox/src/lenders/shared/lender-ids.js';
import { eventually } from '../support/eventually.js';
import type { TestUser } from '../support/gateway-users.js';
import { verifiedApplication, waitForStatus } from '../support/kyc-fixtures.js';
import { acceptOffer, eligibleOffer } from '../support/offer-journey.js';
import { enableConnections, LIVE_PARTNERS, sandboxLenderAdmin } from '../support/sandbox-lenders.js';
import { servicesScript } from '../support/repo-scripts.js';
import { EVERY_SERVICE, TestSuite } from '../support/test-suite.js';

/** The seeded sandbox webhook secret of the LENDWISE connection (apps/offer-service/src/database/seeds/connection-seeds.ts). */
const LENDWISE_WEBHOOK_SECRET = 'lw_sandbox_whsec';
/** AURUM_PRIME's decision SLA here: every decision is late. disbursal-service sweeps for overdue ones this often. */
const DECISION_SLA_MS = 1;
const SLA_SWEEP_MS = 2_000;
/** The lenders that call back, the partner each serves, and the sandbox route that sets where it calls. */
const CALLS_BACK = {
  lendwise: { partnerCode: 'AURUM_PRIME', route: 'webhook-target' },
  northstar: { partnerCode: 'VISTAAR_CREDIT', route: 'webhook-target' },
  ocean: { partnerCode: 'SETU_MICROLOANS', route: 'callback-target' },
} as const;

/** After acceptance and our approval: the application goes to the offer's lender, whose webhooks then move it, each once. */
describe('accepted offers go to their lender, and the lender moves the application', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let gatewayDb: Connection;
  let offerDb: Connection;
  let disbursalDb: Connection;
  let mongo: MongoClient;
  let sandboxUrl: string;

  before(async () => {
    suite = await TestSuite.start('lenders', EVERY_SERVICE, {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    sandboxUrl = suite.app('sandbox').url;
    offerDb = await suite.mysql('offer-service');
    await offerDb.query("UPDATE partner_connections SET sla = JSON_SET(sla, '$.decisionMs', ?) WHERE partner_code = 'AURUM_PRIME'", [
      DECISION_SLA_MS,
    ]);
    await enableConnections(
      suite,
      LIVE_PARTNERS.map((partner) => partner.partnerCode),
      { SWEEP_INTERVAL_MS: String(SLA_SWEEP_MS) },
    );
    gatewayDb = await suite.mysql('gateway');
    disbursalDb = await suite.mysql('disbursal-service');
    for (const [lender, { partnerCode, route }] of Object.entries(CALLS_BACK)) {
      await lenderAdmin('PUT', `${lender}/admin/${route}`, { url: `${suite.app('gateway').url}/v1/partners/${partnerCode}/webhooks` });
    }
    applicant = await suite.users.applicant('lenders');
    mongo = new MongoClient(suite.infra.mongoUrl);
  });
  after(async () => {
    await gatewayDb?.end();
    await offerDb?.end();
    await disbursalDb?.end();
    await mongo?.close();
    await suite?.stop();
  });

  const lenderAdmin = (method: string, path: string, body?: unknown) => sandboxLenderAdmin(sandboxUrl, method, path, body);

  /** An application through KYC with a bureau score of 750 (magic PAN), and the named lender's offer for it. */
  async function offeredBy(partnerCode: string) {
    const id = await verifiedApplication(suite.app('sandbox').http, applicant, 750);
    return { id, ...(await eligibleOffer(applicant, id, partnerCode)) };
  }

  async function accept({ id, offerId }: { id: string; offerId: string; amount?: string }) {
    await acceptOffer(applicant, id, offerId);
    return id;
  }

  const acceptedWith = async (partnerCode: string) => accept(await offeredBy(partnerCode));
  const postLendwise = (rawBody: string, signature: string) =>
    suite.app('gateway').http.request<any>('POST', '/v1/partners/AURUM_PRIME/webhooks', rawBody, {
      'content-type': 'application/json',
      'lendwise-signature': signature,
    });
  const signedLendwise = (reference: string, status: string, eventId: string) => {
    const rawBody = JSON.stringify({
      id: eventId,
      type: 'application.status_changed',
      createdAt: new Date().toISOString(),
      data: { applicationId: reference, status },
    });
    return { rawBody, signature: signLendwise(rawBody, LENDWISE_WEBHOOK_SECRET, Math.floor(Date.now() / 1000)) };
  };

  /** The lender is told of the borrower's acceptance once it approves: one accept call, and the submission marked. */
  const confirmedAtLender = async (id: string, lender: string, acceptRoute: string) => {
    await eventually(
      () => disbursalDb.query<RowDataPacket[]>('SELECT confirmed_at FROM partner_submissions WHERE application_id = ?', [id]),
      ([rows]) => rows[0]?.confirmed_at instanceof Date,
      { what: `${lender} told of the acceptance` },
    );
    const stats = await lenderAdmin('GET', `${lender}/admin/stats`);
    return stats.byRoute[acceptRoute] as number;
  };
  const timelineOf = async (id: string) => (await applicant.http.get(`/v1/applications/${id}/timeline`)).body as any[];
  const eventsOf = async (reference: string) =>
    (
      await gatewayDb.query<RowDataPacket[]>(
        'SELECT event_id, status, outcome, application_id FROM partner_events WHERE partner_reference = ?',
        [reference],
      )
    )[0];

  it('submits an accepted LENDWISE offer once, keeps its reference, its signed webhook approves the application, and LENDWISE is told of the acceptance', async () => {
    await lenderAdmin('DELETE', 'lendwise/admin/stats');
    const offered = await offeredBy('AURUM_PRIME');
    const beforeApproval = await applicant.http.get(`/v1/applications/${await accept(offered)}`);
    if (beforeApproval.body.status !== 'APPROVED') {
      assert.equal(beforeApproval.body.sanctionedAmount, null, 'not sanctioned before the lender approves');
    }
    const id = offered.id;
    const approved = await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED');
    // The lender's webhook names no amount: the accepted offer's amount is sanctioned.
    assert.deepEqual([approved.body.sanctionedAmount, approved.body.currency], [offered.amount, 'INR']);
    assert.match(offered.amount, /^\d+\.\d{2}$/);
    const lender = approved.body.lender;
    assert.equal(lender.partnerCode, 'AURUM_PRIME');
    assert.match(lender.reference, /^LW-APP-/);
    assert.equal(lender.status, 'APPROVED');

    const moves = (await timelineOf(id)).map((entry) => [entry.from, entry.to, entry.actor]);
    assert.deepEqual(moves.slice(-4), [
      ['OFFERS_READY', 'OFFER_ACCEPTED', `user:${applicant.id}`],
      ['OFFER_ACCEPTED', 'UNDERWRITING', `user:${applicant.id}`],
      ['UNDERWRITING', 'LENDER_REVIEW', 'service:underwriting'],
      ['LENDER_REVIEW', 'APPROVED', 'partner:AURUM_PRIME'],
    ]);
    // The lender answered the submission UNDER_REVIEW; its approval by webhook is the decision the offer service keeps.
    const [[submission]] = await eventually(
      () => disbursalDb.query<RowDataPacket[]>('SELECT * FROM partner_submissions WHERE application_id = ?', [id]),
      ([rows]) => rows[0]?.decided_at !== null,
      { what: 'the decision on the submission' },
    );
    assert.deepEqual(
      [submission!.partner_code, submission!.partner_reference, submission!.partner_status, submission!.request_id],
      ['AURUM_PRIME', lender.reference, 'APPROVED', `submit-${id}`],
    );
    const stats = await lenderAdmin('GET', 'lendwise/admin/stats');
    assert.equal(stats.byRoute['POST /lenders/lendwise/v1/applications'], 1, JSON.stringify(stats));
    const events = await eventsOf(lender.reference);
    assert.deepEqual(
      events.map((e) => [e.status, e.outcome, e.application_id]),
      [['APPROVED', 'APPLIED', id]],
    );
    assert.equal(await confirmedAtLender(id, 'lendwise', 'POST /lenders/lendwise/v1/applications/:id/accept'), 1);
  });

  it('applies a NORTHSTAR decision once when its webhooks come twice and out of order', async () => {
    await lenderAdmin('PUT', 'northstar/admin/faults', { mode: 'none', webhooks: { duplicate: true, outOfOrder: true } });
    try {
      const id = await acceptedWith('VISTAAR_CREDIT');
      const approved = await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED');
      assert.match(approved.body.lender.reference, /^NS-LA-/);
      const toApproved = (await timelineOf(id)).filter((entry) => entry.to === 'APPROVED');
      assert.equal(toApproved.length, 1);
      // Both copies reached the gateway (the lender counts what it sent); one row, applied once.
      const events = await eventsOf(approved.body.lender.reference);
      assert.deepEqual(
        events.map((e) => [e.status, e.outcome]),
        [['APPROVED', 'APPLIED']],
      );
      assert.ok((await lenderAdmin('GET', 'northstar/admin/stats')).webhooksSent >= 2);
    } finally {
      await lenderAdmin('DELETE', 'northstar/admin/faults');
    }
  });

  it('submits to KUBER, which has no webhooks: its answers on submission and acceptance approve the application', async () => {
    await lenderAdmin('DELETE', 'kuber/admin/stats');
    const offered = await offeredBy('UDYAM_FINSERV');
    const id = await accept(offered);
    const approved = await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED');
    assert.deepEqual([approved.body.lender.partnerCode, approved.body.lender.status], ['UDYAM_FINSERV', 'APPROVED']);
    assert.equal(approved.body.sanctionedAmount, offered.amount, 'sanctioned on the answer to the submission too');
    assert.match(approved.body.lender.reference, /^KL-/);
    const stats = await lenderAdmin('GET', 'kuber/admin/stats');
    assert.equal(stats.byRoute['POST /lenders/kuber/applications'], 1, JSON.stringify(stats));
    assert.equal(stats.byRoute['POST /lenders/kuber/applications/:ref/accept'], 1, JSON.stringify(stats));
    const [[submission]] = await disbursalDb.query<RowDataPacket[]>(
      'SELECT partner_reference, partner_status FROM partner_submissions WHERE application_id = ?',
      [id],
    );
    assert.deepEqual([submission!.partner_reference, submission!.partner_status], [approved.body.lender.reference, 'APPROVED']);
    assert.equal(
      await confirmedAtLender(id, 'kuber', 'POST /lenders/kuber/applications/:ref/accept'),
      1,
      'confirmed with the submission, once',
    );
  });

  it('submits to OCEAN, whose JWS-signed callbacks move the application, and tells it of the acceptance once it approves', async () => {
    await lenderAdmin('DELETE', 'ocean/admin/stats');
    const id = await acceptedWith('SETU_MICROLOANS');
    const approved = await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED');
    const reference = approved.body.lender.reference as string;
    assert.match(reference, /^OL-/);
    const events = await eventsOf(reference);
    assert.deepEqual(events.map((e) => e.status).sort(), ['APPROVED', 'UNDER_REVIEW']);
    assert.ok(
      events.every((e) => e.application_id === id && e.outcome !== 'PENDING'),
      JSON.stringify(events),
    );
    const moves = (await timelineOf(id)).filter((entry) => entry.actor === 'partner:SETU_MICROLOANS').map((entry) => entry.to);
    // Its UNDERWRITING callback is the review we sent it to (LENDER_REVIEW): only its approval moves the application.
    assert.deepEqual(moves, ['APPROVED']);
    assert.equal(await confirmedAtLender(id, 'ocean', 'POST /lenders/ocean/loan-applications/:id/accept'), 1);
  });

  it('acknowledges a replayed webhook again and applies it once; a later out-of-order status is kept, not applied', async () => {
    const id = await acceptedWith('AURUM_PRIME');
    const reference = (await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED')).body.lender.reference as string;
    const late = signedLendwise(reference, 'in_review', `evt_late_${id}`);
    const first = await postLendwise(late.rawBody, late.signature);
    const again = await postLendwise(late.rawBody, late.signature);
    assert.deepEqual([first.status, first.body], [200, { received: 1, duplicates: 0 }]);
    assert.deepEqual([again.status, again.body], [200, { received: 1, duplicates: 1 }]);
    const view = (await applicant.http.get(`/v1/applications/${id}`)).body;
    assert.deepEqual([view.status, view.lender.status], ['APPROVED', 'APPROVED']);
    const late_ = (await eventsOf(reference)).find((e) => e.event_id === `evt_late_${id}`);
    assert.equal(late_?.outcome, 'STALE');
  });

  it('keeps a webhook that outruns the submission and applies it once the reference is linked', async () => {
    const offered = await offeredBy('AURUM_PRIME');
    // The sandbox names the loan after our request id, so its reference is known before we submit.
    const reference = deterministicId('LW-APP-', `submit-${offered.id}`);
    await lenderAdmin('PUT', 'lendwise/admin/webhook-target', { url: '' });
    try {
      const early = signedLendwise(reference, 'approved', `evt_early_${offered.id}`);
      assert.deepEqual((await postLendwise(early.rawBody, early.signature)).body, { received: 1, duplicates: 0 });
      assert.deepEqual(
        (await eventsOf(reference)).map((e) => [e.outcome, e.application_id]),
        [['PENDING', null]],
      );

      await accept(offered);
      const approved = await waitForStatus(applicant, offered.id, (s) => s === 'APPROVED', 'APPROVED');
      assert.equal(approved.body.lender.reference, reference);
      assert.deepEqual(
        (await eventsOf(reference)).map((e) => [e.outcome, e.application_id]),
        [['APPLIED', offered.id]],
      );
    } finally {
      await lenderAdmin('PUT', 'lendwise/admin/webhook-target', { url: `${suite.app('gateway').url}/v1/partners/AURUM_PRIME/webhooks` });
    }
  });

  it("records a late decision, and a decision still missing past the lender's SLA, once each", async () => {
    const breachesOf = async (applicationId: string) =>
      (
        await disbursalDb.query<RowDataPacket[]>(
          "SELECT figure_ms, threshold_ms FROM partner_sla_breaches WHERE operation = 'decision' AND application_id = ?",
          [applicationId],
        )
      )[0];
    const late = await acceptedWith('AURUM_PRIME');
    await waitForStatus(applicant, late, (s) => s === 'APPROVED', 'APPROVED');
    const lateBreaches = await eventually(
      () => breachesOf(late),
      (rows) => rows.length > 0,
      { what: 'a late-decision breach' },
    );
    assert.deepEqual(
      lateBreaches.map((b) => b.threshold_ms),
      [DECISION_SLA_MS],
    );
    assert.ok(lateBreaches[0]!.figure_ms > DECISION_SLA_MS);

    await lenderAdmin('PUT', 'lendwise/admin/webhook-target', { url: '' });
    try {
      const undecided = await acceptedWith('AURUM_PRIME');
      await waitForStatus(applicant, undecided, (s) => s === 'LENDER_REVIEW', 'LENDER_REVIEW');
      const overdue = await eventually(
        () => breachesOf(undecided),
        (rows) => rows.length > 0,
        { what: 'an overdue-decision breach' },
      );
      assert.equal(overdue.length, 1);
      await sleep(2 * SLA_SWEEP_MS);
      assert.equal((await breachesOf(undecided)).length, 1, 'recorded once');
      const admin = await suite.users.adminUser();
      const from = encodeURIComponent(new Date(Date.now() - 600_000).toISOString());
      const sla = await admin.http.get(
        `/v1/admin/partners/AURUM_PRIME/sla?from=${from}&to=${encodeURIComponent(new Date(Date.now() + 1_000).toISOString())}`,
      );
      assert.ok(sla.body.breaches >= 2, JSON.stringify(sla.body));
    } finally {
      await lenderAdmin('PUT', 'lendwise/admin/webhook-target', { url: `${suite.app('gateway').url}/v1/partners/AURUM_PRIME/webhooks` });
    }
  });

  it('refuses forged, unmapped and misaddressed webhooks with a code, changing nothing', async () => {
    const rawBody = JSON.stringify({
      id: 'evt_forged',
      type: 'application.status_changed',
      createdAt: new Date().toISOString(),
      data: { applicationId: 'LW-APP-x', status: 'approved' },
    });
    const send = (code: string, body: string, signature: string) =>
      suite.app('gateway').http.request<any>('POST', `/v1/partners/${code}/webhooks`, body, {
        'content-type': 'application/json',
        'lendwise-signature': signature,
      });
    const now = Math.floor(Date.now() / 1000);

    const forged = await send('AURUM_PRIME', rawBody, signLendwise(rawBody, 'not-the-secret', now));
    assert.deepEqual([forged.status, forged.body.code], [401, 'WEBHOOK_SIGNATURE_INVALID']);
    const tampered = await send(
      'AURUM_PRIME',
      rawBody.replace('approved', 'disbursed'),
      signLendwise(rawBody, LENDWISE_WEBHOOK_SECRET, now),
    );
    assert.deepEqual([tampered.status, tampered.body.code], [401, 'WEBHOOK_SIGNATURE_INVALID']);
    const stale = await send('AURUM_PRIME', rawBody, signLendwise(rawBody, LENDWISE_WEBHOOK_SECRET, now - 3_600));
    assert.deepEqual([stale.status, stale.body.code], [401, 'WEBHOOK_SIGNATURE_INVALID']);

    const unmapped = rawBody.replace('evt_forged', 'evt_unmapped').replace('"approved"', '"teleported"');
    const strange = await send('AURUM_PRIME', unmapped, signLendwise(unmapped, LENDWISE_WEBHOOK_SECRET, now));
    assert.deepEqual([strange.status, strange.body.code], [422, 'PARTNER_UNKNOWN_STATUS']);
    assert.ok(!JSON.stringify(strange.body).includes(LENDWISE_WEBHOOK_SECRET));

    assert.equal((await send('NO_SUCH_LENDER', rawBody, 't=1,v1=00')).body.code, 'PARTNER_NOT_CONNECTED');
    assert.equal((await send('UDYAM_FINSERV', rawBody, 't=1,v1=00')).status, 404, 'KUBER sends no webhooks, so its partner takes none');
    assert.equal((await send('lower-case', rawBody, 't=1,v1=00')).status, 400);

    // A replica with a small webhook limit (counters are shared in Redis) turns a flood away before any signature check.
    const limited = await suite.startApp('gateway', { THROTTLE_WEBHOOK_LIMIT: '2' });
    const flood = [];
    for (let i = 0; i < 3; i++) {
      flood.push(
        await limited.http.request<any>('POST', '/v1/partners/AURUM_PRIME/webhooks', rawBody, {
          'content-type': 'application/json',
          'lendwise-signature': 't=1,v1=00',
        }),
      );
    }
    const refused = flood.at(-1)!;
    assert.deepEqual([refused.status, refused.body.code], [429, 'TOO_MANY_REQUESTS']);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);

    const [[count]] = await gatewayDb.query<RowDataPacket[]>(
      "SELECT COUNT(*) AS n FROM partner_events WHERE event_id IN ('evt_forged', 'evt_unmapped')",
    );
    assert.equal(Number(count!.n), 0);
    const db = mongo.db(`${suite.prefix}_${(await servicesScript()).serviceByName('disbursal-service').db}`);
    const trail = await db.collection('partner_calls').find({ operation: 'webhook', outcome: 'ERROR' }).toArray();
    assert.ok(
      trail.some((call) => call.errorCode === 'PARTNER_UNKNOWN_STATUS'),
      JSON.stringify(trail.map((c) => c.errorCode)),
    );
    assert.ok(trail.some((call) => call.errorCode === 'WEBHOOK_SIGNATURE_INVALID'));
  });
});
