import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { signLendwise } from '@los/nbfc';
import { eventually } from '../support/eventually.js';
import type { TestUser } from '../support/gateway-users.js';
import { verifiedApplication, waitForStatus } from '../support/kyc-fixtures.js';
import { acceptOffer, eligibleOffer } from '../support/offer-journey.js';
import { enableConnections, LIVE_PARTNERS, sandboxLenderAdmin, type LenderCode } from '../support/sandbox-lenders.js';
import { TestSuite } from '../support/test-suite.js';

const IFSC = 'HDFC0000001';
/** The seeded sandbox webhook secret of the LENDWISE connection (apps/offer-service/src/database/seeds/connection-seeds.ts). */
const LENDWISE_WEBHOOK_SECRET = 'lw_sandbox_whsec';
/** The KYC-verified name of every application here (kyc-fixtures' person), which the penny drop matches. */
const KYC_NAME = 'Asha Verma';
/** Each lender's disbursal request route, as the sandbox counts it. */
const DISBURSE_ROUTE: Record<LenderCode, string> = {
  lendwise: 'POST /lenders/lendwise/v1/applications/:id/disbursals',
  northstar: 'POST /lenders/northstar/v1/loan-applications/:id/disbursements',
  kuber: 'POST /lenders/kuber/applications/:ref/disbursals',
  ocean: 'POST /lenders/ocean/loan-applications/:id/disbursements',
};
/** The lenders that call back, and the sandbox route that sets where. */
const CALLS_BACK = {
  lendwise: { partnerCode: 'AURUM_PRIME', route: 'webhook-target' },
  northstar: { partnerCode: 'VISTAAR_CREDIT', route: 'webhook-target' },
  ocean: { partnerCode: 'SETU_MICROLOANS', route: 'callback-target' },
} as const;
/** Disbursals are reconciled from this age: a withheld webhook is repaired a few seconds later. */
const RECONCILE_AFTER_MS = 4_000;
const LONG = { timeoutMs: 60_000 };
/** Quick retries, polls and reconciliation for the test's sake. */
const DISBURSAL_ENV = {
  DISBURSAL_RETRY_ATTEMPTS: '4',
  DISBURSAL_RETRY_BASE_MS: '300',
  DISBURSAL_RETRY_MAX_MS: '1000',
  DISBURSAL_POLL_INTERVAL_MS: '500',
  DISBURSAL_RECONCILE_INTERVAL_MS: '1000',
  DISBURSAL_RECONCILE_AFTER_MS: String(RECONCILE_AFTER_MS),
};

/** Money out (issue #12): approved applications paid through their lender, once, retried, reconciled, checked. */
describe('disbursal: approved applications paid out through their lender', () => {
  let suite: TestSuite;
  let borrower: TestUser;
  let ops: TestUser;
  let gatewayDb: Connection;
  let disbursalDb: Connection;
  let sandboxUrl: string;

  before(async () => {
    suite = await TestSuite.start(
      'disburse',
      [
        { service: 'sandbox' },
        { service: 'gateway' },
        { service: 'kyc-service' },
        { service: 'offer-service' },
        { service: 'underwriting-service' },
        { service: 'disbursal-service', env: DISBURSAL_ENV },
      ],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000' },
    );
    sandboxUrl = suite.app('sandbox').url;
    // VISTAAR_CREDIT's disbursal SLA here: every payout is late, so each is recorded as a breach.
    const offerDb = await suite.mysql('offer-service');
    await offerDb.query("UPDATE partner_connections SET sla = JSON_SET(sla, '$.disbursalMs', 1) WHERE partner_code = 'VISTAAR_CREDIT'");
    await offerDb.end();
    await enableConnections(
      suite,
      LIVE_PARTNERS.map((partner) => partner.partnerCode),
    );
    // disbursal-service reads the enabled connections at boot: started again once they are.
    await suite.stopApp(suite.app('disbursal-service'));
    await suite.startApp('disbursal-service', {
      SANDBOX_URL: sandboxUrl,
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
      ...DISBURSAL_ENV,
    });
    for (const [lender, { partnerCode, route }] of Object.entries(CALLS_BACK)) {
      await lenderAdmin('PUT', `${lender}/admin/${route}`, { url: `${suite.app('gateway').url}/v1/partners/${partnerCode}/webhooks` });
    }
    gatewayDb = await suite.mysql('gateway');
    disbursalDb = await suite.mysql('disbursal-service');
    borrower = await suite.users.applicant('disburse');
    ops = await suite.users.withRole('ops');
  });
  after(async () => {
    await gatewayDb?.end();
    await disbursalDb?.end();
    await suite?.stop();
  });

  const lenderAdmin = (method: string, path: string, body?: unknown) => sandboxLenderAdmin(sandboxUrl, method, path, body);

  const disbursalRequests = async (lender: LenderCode) =>
    ((await lenderAdmin('GET', `${lender}/admin/stats`)).byRoute[DISBURSE_ROUTE[lender]] ?? 0) as number;

  /** Adds a payout account the sandbox bank holds in the KYC name, and waits until it is VERIFIED. */
  async function verifiedAccount(id: string): Promise<string> {
    const number = `${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, '0')}${randomInt(11, 100)}`;
    const registered = await suite
      .app('sandbox')
      .http.post('/sandbox/bank-accounts', { ifsc: IFSC, accountNumber: number, holderName: KYC_NAME });
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    const added = await borrower.http.post(`/v1/applications/${id}/bank-account`, {
      ifsc: IFSC,
      accountNumber: number,
      holderName: KYC_NAME,
    });
    assert.equal(added.status, 202, JSON.stringify(added.body));
    await eventually(
      () => borrower.http.get(`/v1/applications/${id}/bank-account`),
      (r) => r.body?.status === 'VERIFIED',
      { ...LONG, what: 'the bank account VERIFIED' },
    );
    return number;
  }

  /**
   * The one way to an approved application here: KYC, the named lender's offer accepted, the lender's approval. With
   * `accountFirst` the payout account is verified before the approval, otherwise after it (by the caller).
   */
  async function approvedApplication(partnerCode: string, { accountFirst = false } = {}): Promise<string> {
    const id = await verifiedApplication(suite.app('sandbox').http, borrower, 750);
    if (accountFirst) await verifiedAccount(id);
    await acceptOffer(borrower, id, (await eligibleOffer(borrower, id, partnerCode)).offerId);
    const past = new Set(['APPROVED', 'DISBURSAL_REQUESTED', 'DISBURSED', 'DISBURSAL_FAILED']);
    await waitForStatus(borrower, id, (s) => past.has(s), 'APPROVED (or past it)');
    return id;
  }

  const statusOf = async (id: string) => (await borrower.http.get(`/v1/applications/${id}`)).body.status as string;
  const disbursalOf = (id: string, user: TestUser = borrower) => user.http.get<any>(`/v1/applications/${id}/disbursal`);
  const settled = (id: string, status: string) => waitForStatus(borrower, id, (s) => s === status, status);
  const netDisbursedOf = async (id: string) =>
    (await borrower.http.get<any>(`/v1/applications/${id}/kfs`)).body.terms.netDisbursed as string;
  const reportOfToday = async () => {
    const report = await ops.http.get<any>(`/v1/ops/reconciliation?date=${new Date().toISOString().slice(0, 10)}`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    return report.body;
  };

  it('pays each of the four lenders’ approved applications the KFS net disbursal, whichever came first, approval or account', async () => {
    for (const [index, { partnerCode, lender }] of LIVE_PARTNERS.entries()) {
      const accountFirst = index % 2 === 0;
      await lenderAdmin('DELETE', `${lender}/admin/stats`);
      const id = await approvedApplication(partnerCode, { accountFirst });
      if (!accountFirst) {
        assert.equal(await statusOf(id), 'APPROVED', `${partnerCode}: waits for the account`);
        await verifiedAccount(id);
      }
      const disbursed = await settled(id, 'DISBURSED');
      const view = await disbursalOf(id);
      assert.equal(view.status, 200, JSON.stringify(view.body));
      const net = await netDisbursedOf(id);
      assert.deepEqual(
        [view.body.status, view.body.amount, view.body.disbursedAmount, view.body.currency, view.body.partnerCode],
        ['DISBURSED', net, net, 'INR', partnerCode],
        partnerCode,
      );
      assert.match(view.body.utr, /^[A-Z0-9]{12,22}$/, partnerCode);
      assert.match(view.body.valueDate, /^\d{4}-\d{2}-\d{2}$/, partnerCode);
      assert.ok(Number(net) < Number(disbursed.body.sanctionedAmount), `${partnerCode}: fee and GST netted off`);
      assert.equal(await disbursalRequests(lender), 1, `${partnerCode}: one disbursal request`);
      const staff = await disbursalOf(id, ops);
      assert.equal(staff.body.utr, view.body.utr);
    }
    const stranger = await suite.users.applicant('stranger');
    const [anyId] = (await disbursalDb.query<RowDataPacket[]>('SELECT application_id FROM disbursals LIMIT 1'))[0];
    assert.equal((await disbursalOf(anyId!.application_id, stranger)).status, 404);
  });

  it('retries a lender that fails for a while, with backoff, then pays once', async () => {
    const id = await approvedApplication('VISTAAR_CREDIT');
    await lenderAdmin('DELETE', 'northstar/admin/stats');
    await lenderAdmin('PUT', 'northstar/admin/faults', { mode: 'error', failNext: 4, route: DISBURSE_ROUTE.northstar });
    try {
      await verifiedAccount(id);
      await settled(id, 'DISBURSED');
    } finally {
      await lenderAdmin('DELETE', 'northstar/admin/faults');
    }
    const view = (await disbursalOf(id)).body;
    assert.equal(view.status, 'DISBURSED');
    assert.ok(view.attempts >= 2, `our own retries: ${view.attempts} attempts`);
    assert.equal(await disbursalRequests('northstar'), 5, 'four refused requests, then one that paid');
    const [breaches] = await disbursalDb.query<RowDataPacket[]>(
      "SELECT partner_code, threshold_ms, figure_ms FROM partner_sla_breaches WHERE operation = 'disbursal' AND application_id = ?",
      [id],
    );
    assert.equal(breaches.length, 1, 'the late payout is one SLA breach');
    assert.deepEqual([breaches[0]!.partner_code, breaches[0]!.threshold_ms], ['VISTAAR_CREDIT', 1]);
    assert.ok(breaches[0]!.figure_ms > 1);
  });

  it('fails at once on a lender refusal, with the reason and an attention item; ops re-initiate and it pays', async () => {
    const id = await approvedApplication('SETU_MICROLOANS');
    await lenderAdmin('PUT', 'ocean/admin/faults', { mode: 'reject', failNext: 1, route: DISBURSE_ROUTE.ocean });
    await verifiedAccount(id);
    const failed = await settled(id, 'DISBURSAL_FAILED');
    const view = (await disbursalOf(id)).body;
    assert.deepEqual([view.status, view.retryable, view.attempts, view.disbursedAmount], ['FAILED', false, 1, null]);
    assert.match(view.failureReason, /PARTNER_REJECTED_REQUEST/);
    assert.ok(
      failed.body.attention.some((item: any) => item.code === 'DISBURSAL_FAILED' && /refused/.test(item.reason)),
      JSON.stringify(failed.body.attention),
    );

    assert.equal((await borrower.http.post(`/v1/ops/applications/${id}/disbursal/retry`, {})).status, 403);
    const retried = await ops.http.post<any>(`/v1/ops/applications/${id}/disbursal/retry`, {});
    assert.equal(retried.status, 202, JSON.stringify(retried.body));
    assert.deepEqual(retried.body, { applicationId: id, status: 'DISBURSAL_REQUESTED', initiation: 2 });
    const paid = await settled(id, 'DISBURSED');
    assert.ok(!paid.body.attention.some((item: any) => item.code === 'DISBURSAL_FAILED'), 'the failure is resolved');
    const after = (await disbursalOf(id)).body;
    assert.deepEqual([after.status, after.initiation, after.amount], ['DISBURSED', 2, await netDisbursedOf(id)]);
    const again = await ops.http.post<any>(`/v1/ops/applications/${id}/disbursal/retry`, {});
    assert.deepEqual([again.status, again.body.code], [409, 'INVALID_TRANSITION']);
  });

  it('asks the lender once despite a re-delivered command, and the reconciler repairs a lost webhook, before and after recorded', async () => {
    const id = await approvedApplication('AURUM_PRIME');
    await lenderAdmin('DELETE', 'lendwise/admin/stats');
    await lenderAdmin('PUT', 'lendwise/admin/disbursal-script', { withholdWebhooks: true });
    await verifiedAccount(id);
    const processing = await eventually(
      () => disbursalOf(id),
      (r) => r.body?.status === 'PROCESSING',
      { ...LONG, what: 'the disbursal taken by the lender' },
    );
    assert.equal(processing.body.attempts, 1);
    // The gateway's sweeper re-sends the still open command, as it does when its deadline passes.
    await gatewayDb.query(
      "UPDATE outbox_commands SET due_at = NOW(3) - INTERVAL 1 SECOND WHERE pattern = 'disbursal.cmd.disburse.v1' AND JSON_UNQUOTE(JSON_EXTRACT(envelope, '$.payload.applicationId')) = ?",
      [id],
    );
    await eventually(
      () =>
        gatewayDb.query<RowDataPacket[]>(
          "SELECT attempts FROM outbox_commands WHERE pattern = 'disbursal.cmd.disburse.v1' AND JSON_UNQUOTE(JSON_EXTRACT(envelope, '$.payload.applicationId')) = ?",
          [id],
        ),
      ([rows]) => Number(rows[0]?.attempts) >= 1,
      { what: 'the command re-sent' },
    );
    await settled(id, 'DISBURSED');
    assert.equal(await disbursalRequests('lendwise'), 1, 'one disbursal request at the lender');
    const [corrections] = await disbursalDb.query<RowDataPacket[]>(
      "SELECT source, before_state, after_state FROM disbursal_reconciliations WHERE application_id = ? AND outcome = 'CORRECTED'",
      [id],
    );
    assert.equal(corrections.length, 1, JSON.stringify(corrections));
    const [correction] = corrections;
    assert.equal(correction!.source, 'RECONCILER');
    assert.equal(correction!.before_state.status, 'PROCESSING');
    assert.equal(correction!.after_state.status, 'DISBURSED');
    assert.match(correction!.after_state.utr, /^[A-Z0-9]{12,22}$/);
    const report = await reportOfToday();
    assert.ok(report.corrected >= 1, JSON.stringify(report));
    assert.ok(report.corrections.some((c: any) => c.applicationId === id && c.kind === 'CORRECTED' && c.before.status === 'PROCESSING'));

    // A failure reported after the payout never moves it back.
    const reference = (await borrower.http.get<any>(`/v1/applications/${id}`)).body.lender.reference as string;
    const rawBody = JSON.stringify({
      id: `evt_late_failure_${id}`,
      type: 'application.status_changed',
      createdAt: new Date().toISOString(),
      data: { applicationId: reference, status: 'disbursal_failed' },
    });
    const late = await suite.app('gateway').http.request<any>('POST', '/v1/partners/AURUM_PRIME/webhooks', rawBody, {
      'content-type': 'application/json',
      'lendwise-signature': signLendwise(rawBody, LENDWISE_WEBHOOK_SECRET, Math.floor(Date.now() / 1000)),
    });
    assert.deepEqual([late.status, late.body], [200, { received: 1, duplicates: 0 }]);
    const [kept] = await disbursalDb.query<RowDataPacket[]>('SELECT outcome FROM disbursal_lender_events WHERE event_id = ?', [
      `evt_late_failure_${id}`,
    ]);
    assert.deepEqual(
      kept.map((row) => row.outcome),
      ['STALE'],
    );
    assert.deepEqual([(await disbursalOf(id)).body.status, await statusOf(id)], ['DISBURSED', 'DISBURSED']);
  });

  it('flags a paid amount other than the KFS net disbursal for ops and never applies it', async () => {
    const id = await approvedApplication('VISTAAR_CREDIT');
    await lenderAdmin('PUT', 'northstar/admin/disbursal-script', { paidAmountDelta: '-100.00' });
    await verifiedAccount(id);
    const flagged = await eventually(
      () => disbursalOf(id),
      (r) => r.body?.amountMismatch !== null && r.body?.amountMismatch !== undefined,
      { ...LONG, what: 'the amount mismatch flagged' },
    );
    const net = await netDisbursedOf(id);
    const expectedPaid = (Number(net) - 100).toFixed(2);
    assert.deepEqual(flagged.body.amountMismatch, { reportedAmount: expectedPaid, expectedAmount: net });
    assert.deepEqual([flagged.body.status, flagged.body.disbursedAmount], ['PROCESSING', null]);
    // Held: neither the reconciler nor later news moves it on.
    await new Promise((wake) => setTimeout(wake, RECONCILE_AFTER_MS + 1_500));
    assert.equal(await statusOf(id), 'DISBURSAL_REQUESTED');
    assert.equal((await disbursalOf(id)).body.status, 'PROCESSING');
    const report = await reportOfToday();
    assert.ok(report.amountMismatches >= 1, JSON.stringify(report));
    assert.ok(
      report.corrections.some(
        (c: any) => c.applicationId === id && c.kind === 'AMOUNT_MISMATCH' && c.after.reportedAmount === expectedPaid,
      ),
    );
  });
});
