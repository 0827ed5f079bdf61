import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { BSON, MongoClient, type Collection } from 'mongodb';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { signLendwise, signNorthstar } from '@los/nbfc';
import { eventually } from '../support/eventually.js';
import type { TestUser } from '../support/gateway-users.js';
import { waitForStatus } from '../support/kyc-fixtures.js';
import { acceptedApplication } from '../support/offer-journey.js';
import { enableConnections } from '../support/sandbox-lenders.js';
import { servicesScript } from '../support/repo-scripts.js';
import { EVERY_SERVICE, TestSuite } from '../support/test-suite.js';

/** The seeded sandbox webhook secrets (apps/offer-service/src/database/seeds/connection-seeds.ts). */
const LENDWISE_WEBHOOK_SECRET = 'lw_sandbox_whsec';
const NORTHSTAR_WEBHOOK_SECRET = 'ns_sandbox_whsec';
const YEAR_MS = 365 * 86_400_000;

/** Security findings 5 and 9: what a webhook must carry before it moves money states, and what a refused one costs us. */
describe('partner webhooks are trusted only as far as they prove', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let gatewayDb: Connection;
  let disbursalDb: Connection;
  let mongo: MongoClient;
  let partnerCalls: Collection;

  before(async () => {
    suite = await TestSuite.start('webhook_trust', EVERY_SERVICE, {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    await enableConnections(suite, ['AURUM_PRIME', 'VISTAAR_CREDIT']);
    disbursalDb = await suite.mysql('disbursal-service');
    for (const [lender, partnerCode] of [
      ['lendwise', 'AURUM_PRIME'],
      ['northstar', 'VISTAAR_CREDIT'],
    ] as const) {
      const response = await fetch(`${suite.app('sandbox').url}/lenders/${lender}/admin/webhook-target`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ url: `${suite.app('gateway').url}/v1/partners/${partnerCode}/webhooks` }),
      });
      assert.ok(response.ok);
    }
    gatewayDb = await suite.mysql('gateway');
    mongo = new MongoClient(suite.infra.mongoUrl);
    partnerCalls = mongo
      .db(`${suite.prefix}_${(await servicesScript()).serviceByName('disbursal-service').db}`)
      .collection('partner_calls');
    applicant = await suite.users.applicant('webhook-trust');
  });
  after(async () => {
    await gatewayDb?.end();
    await disbursalDb?.end();
    await mongo?.close();
    await suite?.stop();
  });

  /** An application through KYC whose offer from `partnerCode` was accepted, approved by us, then by the lender's own webhook. */
  async function approvedWith(partnerCode: string) {
    const id = await acceptedApplication(suite.app('sandbox').http, applicant, partnerCode);
    const approved = await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED');
    return { id, reference: approved.body.lender.reference as string };
  }

  const post = (partnerCode: string, rawBody: string, headers: Record<string, string>) =>
    suite.app('gateway').http.request<any>('POST', `/v1/partners/${partnerCode}/webhooks`, rawBody, {
      'content-type': 'application/json',
      ...headers,
    });
  const lendwise = (event: { id: string; createdAt?: string; data: Record<string, unknown>; [field: string]: unknown }) => {
    const rawBody = JSON.stringify({ type: 'application.status_changed', createdAt: new Date().toISOString(), ...event });
    return post('AURUM_PRIME', rawBody, {
      'lendwise-signature': signLendwise(rawBody, LENDWISE_WEBHOOK_SECRET, Math.floor(Date.now() / 1000)),
    });
  };
  const northstar = (event: Record<string, unknown>) => {
    const rawBody = JSON.stringify({ event_type: 'loan_application.status_updated', payload: {}, ...event });
    return post('VISTAAR_CREDIT', rawBody, { 'x-northstar-signature': signNorthstar(rawBody, NORTHSTAR_WEBHOOK_SECRET) });
  };
  const viewOf = async (id: string) => (await applicant.http.get(`/v1/applications/${id}`)).body;
  const eventRows = async (where: string, values: unknown[]) =>
    (await gatewayDb.query<RowDataPacket[]>(`SELECT event_id, status, outcome, occurred_at FROM partner_events WHERE ${where}`, values))[0];
  const refusedCalls = (errorCode: string) =>
    eventually(
      () => partnerCalls.find({ operation: 'webhook', errorCode }).toArray(),
      (calls) => calls.length > 0,
      { what: `a ${errorCode} webhook in the call trail` },
    );

  it('answers an unsigned 250,000-character webhook (under the 256 KB webhook cap) 401 and keeps only its size, hash and names, in under 4 KB', async () => {
    const rawBody = JSON.stringify({
      id: 'evt_flood',
      type: 'application.status_changed',
      createdAt: new Date().toISOString(),
      data: { applicationId: 'LW-APP-FLOOD', status: 'approved' },
      note: 'A'.repeat(250_000),
    });
    const sha256 = createHash('sha256').update(rawBody).digest('hex');
    const refused = await post('AURUM_PRIME', rawBody, {});
    assert.deepEqual([refused.status, refused.body.code], [401, 'WEBHOOK_SIGNATURE_INVALID']);

    const [stored] = await eventually(
      () => partnerCalls.find({ 'request.bodySha256': sha256 }).toArray(),
      (calls) => calls.length > 0,
      { what: 'the refused webhook in the call trail' },
    );
    assert.ok(BSON.calculateObjectSize(stored!) < 4_096, `${BSON.calculateObjectSize(stored!)} bytes stored`);
    assert.deepEqual(
      [stored!.outcome, stored!.errorCode, stored!.request.bodyBytes, stored!.request.fieldNames, stored!.response],
      ['ERROR', 'WEBHOOK_SIGNATURE_INVALID', Buffer.byteLength(rawBody), ['id', 'type', 'createdAt', 'data', 'note'], null],
    );
    assert.ok(stored!.request.headerNames.includes('content-type'));
    assert.ok(!JSON.stringify(stored).includes('AAAAAAAAAA'), 'nothing of the body is kept');
  });

  it('keeps an authentic webhook with an oversized field bounded in the trail', async () => {
    const reference = `LW-APP-BIG${randomBytes(4).toString('hex').toUpperCase()}`;
    const accepted = await lendwise({
      id: `evt_big_${reference}`,
      data: { applicationId: reference, status: 'approved' },
      note: 'B'.repeat(250_000),
    });
    assert.deepEqual([accepted.status, accepted.body], [200, { received: 1, duplicates: 0 }]);
    const [stored] = await eventually(
      () => partnerCalls.find({ operation: 'webhook', 'request.data.applicationId': reference }).toArray(),
      (calls) => calls.length > 0,
      { what: 'the accepted webhook in the call trail' },
    );
    assert.ok(BSON.calculateObjectSize(stored!) < 8_192, `${BSON.calculateObjectSize(stored!)} bytes stored`);
    assert.match(stored!.request.note, /…\[250000 chars\]$/);
    assert.equal(stored!.response[0].eventId, `evt_big_${reference}`);
  });

  it('refuses a year-old NORTHSTAR event (its signature has no timestamp) and applies nothing; the same news fresh is applied', async () => {
    const { id, reference } = await approvedWith('VISTAAR_CREDIT');
    const news = { loan_application_id: reference, status: 'SANCTIONED' };
    const replayed = await northstar({ ...news, event_id: `nse_old_${id}`, occurred_at: new Date(Date.now() - YEAR_MS).toISOString() });
    assert.deepEqual([replayed.status, replayed.body.code], [422, 'PARTNER_EVENT_STALE']);
    const ahead = await northstar({ ...news, event_id: `nse_ahead_${id}`, occurred_at: new Date(Date.now() + 3_600_000).toISOString() });
    assert.deepEqual([ahead.status, ahead.body.code], [422, 'PARTNER_EVENT_STALE']);
    assert.deepEqual(await eventRows('event_id IN (?, ?)', [`nse_old_${id}`, `nse_ahead_${id}`]), []);
    const unchanged = await viewOf(id);
    assert.deepEqual([unchanged.status, unchanged.lender.status], ['APPROVED', 'APPROVED']);
    assert.ok((await refusedCalls('PARTNER_EVENT_STALE')).length >= 2);

    const fresh = await northstar({ ...news, event_id: `nse_fresh_${id}`, occurred_at: new Date().toISOString() });
    assert.deepEqual([fresh.status, fresh.body], [200, { received: 1, duplicates: 0 }]);
    assert.deepEqual(
      (await eventRows('event_id = ?', [`nse_fresh_${id}`])).map((e) => [e.status, e.outcome]),
      [['APPROVED', 'APPLIED']],
    );
  });

  let disbursed: { id: string; reference: string };

  it('refuses DISBURSED without an amount above zero and a UTR, changing nothing; hands it to the disbursal record once it carries both', async () => {
    disbursed = await approvedWith('AURUM_PRIME');
    const { id, reference } = disbursed;
    const attempts: Array<[string, Record<string, unknown>]> = [
      [`evt_bare_${id}`, {}],
      [`evt_noutr_${id}`, { amount: 250000 }],
      [`evt_zero_${id}`, { amount: 0, utr: 'UTR0A1B2C3D4E5F6' }],
      [`evt_frac_${id}`, { amount: 1000.005, utr: 'UTR0A1B2C3D4E5F6' }],
      [`evt_badutr_${id}`, { amount: 250000, utr: 'x' }],
    ];
    for (const [eventId, paid] of attempts) {
      const refused = await lendwise({ id: eventId, data: { applicationId: reference, status: 'disbursed', ...paid } });
      assert.deepEqual([refused.status, refused.body.code], [422, 'PARTNER_EVENT_INVALID'], eventId);
    }
    assert.deepEqual(await eventRows('partner_reference = ? AND status = ?', [reference, 'DISBURSED']), []);
    const unchanged = await viewOf(id);
    assert.deepEqual([unchanged.status, unchanged.lender.status], ['APPROVED', 'APPROVED']);
    assert.ok((await refusedCalls('PARTNER_EVENT_INVALID')).length >= attempts.length);

    const paid = await lendwise({
      id: `evt_paid_${id}`,
      data: { applicationId: reference, status: 'disbursed', amount: 250000, utr: 'UTR0A1B2C3D4E5F6' },
    });
    assert.deepEqual([paid.status, paid.body], [200, { received: 1, duplicates: 0 }]);
    // Payout news is the disbursal record's (disbursal-service); with no disbursal requested it moves nothing.
    const [received] = await disbursalDb.query<RowDataPacket[]>('SELECT status, outcome FROM disbursal_lender_events WHERE event_id = ?', [
      `evt_paid_${id}`,
    ]);
    assert.deepEqual(
      received.map((e) => [e.status, e.outcome]),
      [['DISBURSED', 'UNMATCHED']],
    );
    const unmoved = await viewOf(id);
    assert.deepEqual([unmoved.status, unmoved.lender.status], ['APPROVED', 'APPROVED']);
  });

  it('records payout news once by its event id: a re-delivered failure is a duplicate', async () => {
    const { id, reference } = disbursed;
    const failed = { id: `evt_failed_${id}`, data: { applicationId: reference, status: 'disbursal_failed' } };
    assert.deepEqual((await lendwise(failed)).body, { received: 1, duplicates: 0 });
    assert.deepEqual((await lendwise(failed)).body, { received: 1, duplicates: 1 });
    assert.deepEqual(await eventRows('event_id = ?', [`evt_failed_${id}`]), [], "not the application's news");
    assert.equal((await viewOf(id)).status, 'APPROVED');
  });

  it('refuses an over-long event id instead of cutting it, and a createdAt that is no date instead of storing 0000-00-00', async () => {
    const reference = `LW-APP-ODD${randomBytes(4).toString('hex').toUpperCase()}`;
    const longId = `evt_${'x'.repeat(200)}`;
    const long = await lendwise({ id: longId, data: { applicationId: reference, status: 'approved' } });
    assert.deepEqual([long.status, long.body.code], [422, 'PARTNER_EVENT_INVALID']);
    for (const createdAt of ['not-a-date', '0000-00-00', '2026-02-30T10:00:00Z']) {
      const bad = await lendwise({
        id: `evt_date_${createdAt.replaceAll(/[^0-9a-z]/gi, '')}`,
        createdAt,
        data: { applicationId: reference, status: 'approved' },
      });
      assert.deepEqual([bad.status, bad.body.code], [422, 'PARTNER_EVENT_INVALID'], createdAt);
    }
    assert.deepEqual(await eventRows('partner_reference = ? OR event_id LIKE ?', [reference, 'evt_xxxx%']), []);
    const [[zero]] = await gatewayDb.query<RowDataPacket[]>(
      "SELECT COUNT(*) AS n FROM partner_events WHERE CAST(occurred_at AS CHAR) LIKE '0000%'",
    );
    assert.equal(Number(zero!.n), 0);

    const fits = await lendwise({ id: longId.slice(0, 128), data: { applicationId: reference, status: 'approved' } });
    assert.deepEqual([fits.status, fits.body], [200, { received: 1, duplicates: 0 }]);
    assert.deepEqual(
      (await eventRows('partner_reference = ?', [reference])).map((e) => e.event_id),
      [longId.slice(0, 128)],
    );
  });
});
