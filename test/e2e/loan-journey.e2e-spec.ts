import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { RowDataPacket } from 'mysql2';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import {
  applicantOf,
  kycBody,
  type Person,
  person,
  registerIdentity,
  requestAadhaarOtp,
  submitKyc,
  waitForStatus,
} from '../support/kyc-fixtures.js';
import { EVERY_SERVICE, TestSuite } from '../support/test-suite.js';

/** Lead → KYC → offers → acceptance → our credit decision, through the gateway with the real services and simulators. */
describe('a loan application from lead to accepted offer and our approval', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let who: Person;
  let applicationId: string;

  before(async () => {
    suite = await TestSuite.start('journey', EVERY_SERVICE, {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    applicant = await suite.users.applicant('journey');
    who = person({ pan: 'ZZZPZ0750Z' });
    await registerIdentity(suite.app('sandbox').http, who, { variation: { pan: 'upper', aadhaar: 'exact', ckyc: 'initials' } });
    const created = await applicant.http.post(
      '/v1/applications',
      applicationBody({
        applicant: applicantOf(who),
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    applicationId = created.body.id;
  });
  after(() => suite?.stop());

  it('refuses offers before KYC', async () => {
    const early = await applicant.http.get(`/v1/applications/${applicationId}/offers`);
    assert.deepEqual([early.status, early.body.code], [409, 'CONFLICT']);
  });

  it('refuses an invalid Aadhaar or a company PAN with their own codes, storing nothing', async () => {
    const wrongDigit = `${who.aadhaar.slice(0, 11)}${(Number(who.aadhaar[11]) + 1) % 10}`;
    const badAadhaar = await requestAadhaarOtp(applicant.http, applicationId, wrongDigit);
    assert.deepEqual([badAadhaar.status, badAadhaar.body.code], [400, 'INVALID_AADHAAR']);
    assert.ok(!JSON.stringify(badAadhaar.body).includes(wrongDigit), 'the number is not echoed');
    const badPan = await applicant.http.post(`/v1/applications/${applicationId}/kyc`, kycBody(who, { pan: 'ABCCV1234F' }));
    assert.deepEqual([badPan.status, badPan.body.code], [400, 'INVALID_PAN']);
    const noConsent = await applicant.http.post(`/v1/applications/${applicationId}/kyc`, kycBody(who, { consent: undefined }));
    assert.equal(noConsent.status, 400);
    assert.equal((await applicant.http.get(`/v1/applications/${applicationId}`)).body.status, 'LEAD_CREATED');
  });

  it('verifies KYC against the three sources; the application reaches OFFERS_READY with nobody asking for offers', async () => {
    const submitted = await submitKyc(applicant.http, applicationId, who);
    assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
    assert.equal(submitted.body.status, 'IN_PROGRESS');
    const again = await submitKyc(applicant.http, applicationId, who);
    assert.equal(again.status, 409, 'a second submission while one is in progress');
    await waitForStatus(applicant, applicationId, (s) => s === 'OFFERS_READY', 'OFFERS_READY without a GET of offers');
    const kyc = await applicant.http.get(`/v1/applications/${applicationId}/kyc`);
    assert.equal(kyc.body.status, 'VERIFIED');
    assert.equal(kyc.body.aadhaarLast4, who.aadhaar.slice(-4));
    assert.equal(kyc.body.pan, `${who.pan.slice(0, 2)}******${who.pan.slice(-2)}`);
    assert.ok(kyc.body.score >= 80, `score ${kyc.body.score}`);
    assert.doesNotMatch(JSON.stringify(kyc.body), new RegExp(who.aadhaar));
  });

  it('shows offers from several lenders ordered by APR, stable across calls', async () => {
    const before = (await applicant.http.get(`/v1/applications/${applicationId}`)).body;
    const first = await applicant.http.get(`/v1/applications/${applicationId}/offers`);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const eligible = first.body.filter((r: { eligible: boolean }) => r.eligible);
    assert.ok(eligible.length >= 2, `eligible: ${eligible.length}`);
    const aprs = eligible.map((r: { offer: { apr: number } }) => r.offer.apr);
    assert.deepEqual(
      aprs,
      [...aprs].sort((a, b) => a - b),
    );
    const second = await applicant.http.get(`/v1/applications/${applicationId}/offers`);
    assert.deepEqual(second.body, first.body);
    const afterReads = (await applicant.http.get(`/v1/applications/${applicationId}`)).body;
    assert.deepEqual([afterReads.status, afterReads.updatedAt], ['OFFERS_READY', before.updatedAt], 'reading offers changes nothing');
  });

  it('accepts one offer with a Key Fact Statement, and only one; our credit decision approves it for the lender', async () => {
    const offers = (await applicant.http.get(`/v1/applications/${applicationId}/offers`)).body.filter(
      (r: { eligible: boolean }) => r.eligible,
    );
    const [chosen, other] = offers.map((r: { offer: { offerId: string } }) => r.offer.offerId);
    const accepted = await applicant.http.post(`/v1/applications/${applicationId}/offers/${chosen}/accept`, {});
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.offerId, chosen);
    assert.ok(accepted.body.schedule.length > 0);
    assert.match(accepted.body.html, /<html/i);
    const repeat = await applicant.http.post(`/v1/applications/${applicationId}/offers/${chosen}/accept`, {});
    assert.equal(repeat.status, 200, 'accepting the same offer again is harmless');
    const second = await applicant.http.post(`/v1/applications/${applicationId}/offers/${other}/accept`, {});
    assert.equal(second.status, 409);
    const kfs = await applicant.http.get(`/v1/applications/${applicationId}/kfs`);
    assert.equal(kfs.body.offerId, chosen);
    const html = await applicant.http.get(`/v1/applications/${applicationId}/kfs?format=html`);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    const kfsTag = kfs.headers.get('etag')!;
    assert.match(kfsTag, /^"[A-Za-z0-9_-]+"$/);
    assert.notEqual(html.headers.get('etag'), kfsTag, 'the HTML is another representation');
    const unchanged = await applicant.http.get(`/v1/applications/${applicationId}/kfs`, { 'if-none-match': kfsTag });
    assert.deepEqual([unchanged.status, unchanged.body], [304, undefined]);
    await waitForStatus(applicant, applicationId, (s) => s !== 'OFFER_ACCEPTED' && s !== 'UNDERWRITING', 'our decision');
    const timeline = (await applicant.http.get(`/v1/applications/${applicationId}/timeline`)).body.map((e: { to: string }) => e.to);
    assert.deepEqual(timeline, [
      'LEAD_CREATED',
      'KYC_IN_PROGRESS',
      'KYC_VERIFIED',
      'OFFERS_READY',
      'OFFER_ACCEPTED',
      'UNDERWRITING',
      'LENDER_REVIEW',
    ]);
  });

  it('keeps the Aadhaar number out of the gateway database, responses and logs', async () => {
    const db = await suite.mysql('gateway');
    try {
      for (const table of ['applications', 'outbox_commands', 'kyc_submissions', 'application_status_log', 'idempotency_keys']) {
        const [rows] = await db.query<RowDataPacket[]>(`SELECT * FROM ${table}`);
        assert.doesNotMatch(JSON.stringify(rows), new RegExp(who.aadhaar), table);
      }
    } finally {
      await db.end();
    }
    for (const service of ['gateway', 'kyc-service', 'offer-service', 'underwriting-service', 'disbursal-service', 'sandbox']) {
      const log = readFileSync(`.stack/test/logs/${service}.log`, 'utf8');
      assert.doesNotMatch(log, new RegExp(who.aadhaar), `${service} log`);
      assert.doesNotMatch(log, new RegExp(who.pan), `${service} log`);
    }
  });
});
