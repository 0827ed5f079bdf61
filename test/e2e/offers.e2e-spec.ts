import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { RowDataPacket } from 'mysql2';
import { paiseOf } from '@los/contracts';
import type { TestUser } from '../support/gateway-users.js';
import { verifiedApplication as verifiedKycApplication } from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

const RBI_EXAMPLE = { principal: 20000, annualRatePercent: 15, tenureMonths: 24, processingFeeFlat: 400, gstPercent: 0 };

/** The offer service through the gateway: EMI preview, partner rules for admins, offers for different profiles. */
describe('offers over HTTP', () => {
  let suite: TestSuite;
  let admin: TestUser;
  let applicant: TestUser;

  before(async () => {
    suite = await TestSuite.start(
      'offers',
      [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }, { service: 'offer-service' }],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000' },
    );
    admin = await suite.users.adminUser();
    applicant = await suite.users.applicant('offers');
  });
  after(() => suite?.stop());

  const gateway = () => suite.app('gateway').http;

  const verifiedApplication = (score: number, applicantOverrides: Record<string, unknown> = {}, address = {}) =>
    verifiedKycApplication(suite.app('sandbox').http, applicant, score, applicantOverrides, address);

  it("reproduces RBI's KFS example exactly through the public EMI preview", async () => {
    const response = await gateway().post('/v1/emi/preview', RBI_EXAMPLE);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.currency, 'INR');
    assert.equal(response.body.emi, '969.73');
    assert.equal(response.body.netDisbursed, '19600.00');
    assert.equal(response.body.apr, 17.07);
    assert.equal(response.body.totalInterest, '3273.58');
    assert.equal(response.body.schedule.length, 24);
    assert.equal(response.body.schedule.at(-1).closing, '0.00');
    const principalSum = response.body.schedule.reduce((sum: number, row: { principal: string }) => sum + paiseOf(row.principal), 0);
    assert.equal(principalSum, 2_000_000);
    const short = await gateway().post('/v1/emi/preview', { ...RBI_EXAMPLE, includeSchedule: false });
    assert.equal(short.body.schedule, undefined);
    // Amounts as decimal strings (numbers are deprecated) price the same loan.
    const asStrings = await gateway().post('/v1/emi/preview', { ...RBI_EXAMPLE, principal: '20000.00', includeSchedule: false });
    assert.deepEqual([asStrings.status, asStrings.body], [200, short.body]);
  });

  it('refuses bad preview input with a code naming the field', async () => {
    const cases: [Record<string, unknown> | string, string][] = [
      [{ ...RBI_EXAMPLE, principal: '20000.001' }, 'INVALID_PRINCIPAL'],
      [{ ...RBI_EXAMPLE, principal: '20,000' }, 'INVALID_PRINCIPAL'],
      [{ ...RBI_EXAMPLE, principal: [20000] }, 'INVALID_PRINCIPAL'],
      [{ ...RBI_EXAMPLE, principal: 999 }, 'INVALID_PRINCIPAL'],
      [{ ...RBI_EXAMPLE, principal: 100_000_000.01 }, 'INVALID_PRINCIPAL'],
      [{ ...RBI_EXAMPLE, principal: 20000.001 }, 'INVALID_PRINCIPAL'],
      [{ ...RBI_EXAMPLE, annualRatePercent: 60.5 }, 'INVALID_RATE'],
      [{ ...RBI_EXAMPLE, tenureMonths: 481 }, 'INVALID_TENURE'],
      [{ ...RBI_EXAMPLE, tenureMonths: 12.5 }, 'INVALID_TENURE'],
      [{ ...RBI_EXAMPLE, processingFeeFlat: 25000 }, 'INVALID_FEES'],
      ['{"principal": 1e309, "annualRatePercent": 15, "tenureMonths": 24}', 'INVALID_PRINCIPAL'],
    ];
    for (const [body, code] of cases) {
      const response =
        typeof body === 'string' ? await gateway().raw('POST', '/v1/emi/preview', body) : await gateway().post('/v1/emi/preview', body);
      assert.deepEqual([response.status, response.body.code], [400, code], JSON.stringify(body));
    }
    const unknown = await gateway().post('/v1/emi/preview', { ...RBI_EXAMPLE, discount: 5 });
    assert.equal(unknown.status, 400);
  });

  it('lets admins read, version, diff and audit partner rules; a bad grid changes nothing', async () => {
    assert.equal((await applicant.http.get('/v1/admin/partners')).status, 403);
    const partners = await admin.http.get('/v1/admin/partners');
    assert.equal(partners.status, 200);
    assert.equal(partners.body.length, 4);
    const before = (await admin.http.get('/v1/admin/partners/VISTAAR_CREDIT/rules')).body;
    const rules = structuredClone(before.current.rules);
    rules.rateGrid[0].annualRatePercent += 0.25;
    const published = await admin.http.post('/v1/admin/partners/VISTAAR_CREDIT/rules', { rules, reason: 'Repo rate change' });
    assert.equal(published.status, 201, JSON.stringify(published.body));
    assert.equal(published.body.version, before.current.version + 1);
    const diff = await admin.http.get(
      `/v1/admin/partners/VISTAAR_CREDIT/rules/diff?from=${before.current.version}&to=${published.body.version}`,
    );
    assert.deepEqual(
      diff.body.changes.map((c: { path: string }) => c.path),
      ['rateGrid[0].annualRatePercent'],
    );

    const overlapping = structuredClone(rules);
    overlapping.rateGrid.push({ ...overlapping.rateGrid[0] });
    const refused = await admin.http.post('/v1/admin/partners/VISTAAR_CREDIT/rules', { rules: overlapping, reason: 'Oops' });
    assert.deepEqual([refused.status, refused.body.code], [400, 'INVALID_RULES']);
    const after = (await admin.http.get('/v1/admin/partners/VISTAAR_CREDIT/rules')).body;
    assert.equal(after.current.version, published.body.version);
    assert.equal(after.history.length, before.history.length + 1);

    const db = await suite.mysql('offer-service');
    try {
      const [audit] = await db.query<RowDataPacket[]>('SELECT actor FROM audit_events WHERE entity_id = ? ORDER BY id DESC LIMIT 1', [
        'VISTAAR_CREDIT',
      ]);
      assert.equal(audit[0].actor, `user:${admin.id}`);
    } finally {
      await db.end();
    }
  });

  it('computes offers by itself once KYC is verified (OFFERS_READY or NO_OFFERS); reading them never changes the application', async () => {
    const states = async (id: string) => {
      const application = (await applicant.http.get(`/v1/applications/${id}`)).body;
      const timeline = (await applicant.http.get(`/v1/applications/${id}/timeline`)).body;
      return {
        status: application.status,
        updatedAt: application.updatedAt,
        moves: timeline.map((e: { to: string; actor: string }) => [e.to, e.actor]),
      };
    };
    const ready = await verifiedApplication(750);
    const readyBefore = await states(ready);
    assert.equal(readyBefore.status, 'OFFERS_READY');
    assert.deepEqual(readyBefore.moves.slice(-2), [
      ['KYC_VERIFIED', 'service:kyc'],
      ['OFFERS_READY', 'service:offer'],
    ]);
    const none = await verifiedApplication(550);
    const noneBefore = await states(none);
    assert.deepEqual(noneBefore.moves.at(-1), ['NO_OFFERS', 'service:offer']);

    for (let i = 0; i < 2; i++) {
      assert.equal((await applicant.http.get(`/v1/applications/${ready}/offers`)).status, 200);
      assert.equal((await applicant.http.get(`/v1/applications/${none}/offers`)).status, 200);
    }
    assert.deepEqual(await states(ready), readyBefore);
    assert.deepEqual(await states(none), noneBefore);
  });

  it('offers several lenders to a typical profile and none to thin or unserviceable ones', async () => {
    const typical = await verifiedApplication(750);
    const offers = (await applicant.http.get(`/v1/applications/${typical}/offers`)).body;
    assert.ok(offers.filter((o: { eligible: boolean }) => o.eligible).length >= 3);
    assert.ok(offers.every((o: { eligible: boolean; offer?: { ruleVersion: number } }) => !o.eligible || o.offer!.ruleVersion >= 1));

    const lowScore = await verifiedApplication(550);
    const declined = (await applicant.http.get(`/v1/applications/${lowScore}/offers`)).body;
    assert.ok(declined.every((o: { eligible: boolean; reasons: string[] }) => !o.eligible && o.reasons.includes('SCORE_BELOW_MIN')));
    assert.equal((await applicant.http.get(`/v1/applications/${lowScore}`)).body.status, 'NO_OFFERS');

    const lowIncome = await verifiedApplication(760, { monthlyIncome: 15000, existingEmiMonthly: 0 });
    const thin = (await applicant.http.get(`/v1/applications/${lowIncome}/offers`)).body;
    assert.ok(thin.every((o: { reasons: string[] }) => o.reasons.includes('INCOME_BELOW_MIN')));

    const tripura = await verifiedApplication(760, {}, { city: 'Agartala', state: 'Tripura', pincode: '799001' });
    const far = (await applicant.http.get(`/v1/applications/${tripura}/offers`)).body;
    assert.ok(far.every((o: { reasons: string[] }) => o.reasons.includes('PINCODE_NOT_SERVICEABLE')));
  });

  it('lets only the borrower accept, and refuses an expired offer', async () => {
    const id = await verifiedApplication(780);
    const [first] = (await applicant.http.get(`/v1/applications/${id}/offers`)).body.filter((o: { eligible: boolean }) => o.eligible);
    const staff = await suite.users.withRole('underwriter');
    assert.equal((await staff.http.post(`/v1/applications/${id}/offers/${first.offer.offerId}/accept`, {})).status, 403);
    const stranger = await suite.users.applicant('stranger');
    assert.equal((await stranger.http.post(`/v1/applications/${id}/offers/${first.offer.offerId}/accept`, {})).status, 404);
    const unknownOffer = await applicant.http.post(`/v1/applications/${id}/offers/${randomUUID()}/accept`, {});
    assert.deepEqual([unknownOffer.status, unknownOffer.body.code], [404, 'OFFER_NOT_FOUND']);
    const early = await applicant.http.get(`/v1/applications/${id}/kfs`);
    assert.deepEqual([early.status, early.body.code], [409, 'KFS_NOT_AVAILABLE']);

    const db = await suite.mysql('offer-service');
    try {
      await db.query('UPDATE offers SET valid_until = NOW(3) - INTERVAL 1 SECOND WHERE id = ?', [first.offer.offerId]);
    } finally {
      await db.end();
    }
    const expired = await applicant.http.post(`/v1/applications/${id}/offers/${first.offer.offerId}/accept`, {});
    assert.deepEqual([expired.status, expired.body.code], [409, 'OFFER_EXPIRED']);
    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'OFFERS_READY');
  });

  // Last: the block it sets is kept in Redis, shared by every replica of this suite.
  it('limits previews per client, shared by replicas, with a standard Retry-After', async () => {
    const limited = await suite.startApp('gateway', { THROTTLE_PREVIEW_LIMIT: '2' });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await limited.http.post('/v1/emi/preview', { ...RBI_EXAMPLE, includeSchedule: false });
      statuses.push(last.status);
    }
    assert.equal(statuses.at(-1), 429, String(statuses));
    assert.equal(last!.body.code, 'TOO_MANY_REQUESTS');
    assert.ok(Number(last!.headers.get('retry-after')) > 0, 'plain Retry-After');
    assert.match(last!.headers.get('ratelimit-policy') ?? '', /^"preview";q=2;w=\d+$/);
    assert.match(last!.headers.get('ratelimit') ?? '', /^"preview";r=0;t=[1-9]\d*$/);
    assert.equal([...last!.headers.keys()].filter((name) => name.startsWith('x-ratelimit')).length, 0);
  });
});
