import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MongoClient } from 'mongodb';
import type { RowDataPacket } from 'mysql2';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import {
  kycBody,
  person,
  registerIdentity,
  requestAadhaarOtp,
  SANDBOX_OTP,
  submitKyc,
  waitForStatus,
  type Person,
} from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

/** KYC through the gateway: validation, the three sources with their failures, results moving the application. */
describe('KYC over HTTP', () => {
  let suite: TestSuite;
  let applicant: TestUser;

  before(async () => {
    suite = await TestSuite.start('kyc', [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }], {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
      KYC_REDRIVE_AFTER_MS: '1500',
    });
    applicant = await suite.users.applicant('kyc');
  });
  after(() => suite?.stop());

  const sandbox = () => suite.app('sandbox').http;
  async function applicationFor(who: Person): Promise<string> {
    const created = await applicant.http.post(
      '/v1/applications',
      applicationBody({ applicant: { fullName: who.name, dob: who.dob, pan: who.pan } }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id;
  }
  const submit = (id: string, who: Person, overrides = {}) => submitKyc(applicant.http, id, who, overrides);
  const kycOf = async (id: string) => (await applicant.http.get(`/v1/applications/${id}/kyc`)).body;

  it('validates Aadhaar (Verhoeff), PAN, CKYC number, age and consent, storing nothing', async () => {
    const who = person();
    const id = await applicationFor(who);
    const wrongDigit = `${who.aadhaar.slice(0, 11)}${(Number(who.aadhaar[11]) + 1) % 10}`;
    for (const aadhaar of [wrongDigit, `1${who.aadhaar.slice(1)}`, '23456789']) {
      const response = await requestAadhaarOtp(applicant.http, id, aadhaar);
      assert.deepEqual([response.status, response.body.code], [400, 'INVALID_AADHAAR'], aadhaar);
      for (const number of [who.aadhaar, wrongDigit]) assert.ok(!JSON.stringify(response.body).includes(number), 'no Aadhaar echoed');
    }
    const cases: [Record<string, unknown>, string][] = [
      [{ pan: 'ABCFV1234F' }, 'INVALID_PAN'],
      [{ ckycNumber: '1234' }, 'VALIDATION_FAILED'],
      [{ dob: `${new Date().getUTCFullYear() - 16}-01-01` }, 'VALIDATION_FAILED'],
      [{ consent: { given: false, textVersion: 'v1', at: new Date().toISOString() } }, 'VALIDATION_FAILED'],
      [{ consent: undefined }, 'VALIDATION_FAILED'],
    ];
    for (const [override, code] of cases) {
      const response = await applicant.http.post(`/v1/applications/${id}/kyc`, kycBody(who, override));
      assert.deepEqual([response.status, response.body.code], [400, code], JSON.stringify(override));
      for (const number of [who.aadhaar, wrongDigit]) assert.ok(!JSON.stringify(response.body).includes(number), 'no Aadhaar echoed');
    }
    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'LEAD_CREATED');
    assert.equal((await applicant.http.get(`/v1/applications/${id}/kyc`)).status, 404);
  });

  it('verifies despite the name variations registries show', async () => {
    const who = person({ name: 'Mohammed Irfan Shaikh', gender: 'M' });
    await registerIdentity(sandbox(), who, { variation: { pan: 'initials', aadhaar: 'spelling', ckyc: 'reorder' } });
    const id = await applicationFor(who);
    const submitted = await submit(id, who);
    assert.equal(submitted.status, 202);
    assert.equal((await submit(id, who)).status, 409, 'a second submission while the first is in progress');
    await waitForStatus(applicant, id, (s) => s !== 'KYC_IN_PROGRESS', 'the KYC result');
    const kyc = await kycOf(id);
    assert.equal(kyc.status, 'VERIFIED', JSON.stringify(kyc.reasons));
    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'KYC_VERIFIED');
    // No offer-service here: the compute-offers command waits, and reading offers neither computes nor moves anything.
    const early = await applicant.http.get(`/v1/applications/${id}/offers`);
    assert.deepEqual([early.status, early.body.code], [409, 'OFFERS_NOT_READY']);
    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'KYC_VERIFIED');
    const db = await suite.mysql('gateway');
    try {
      const [commands] = await db.query<RowDataPacket[]>(
        "SELECT status FROM outbox_commands WHERE pattern = 'offer.cmd.compute-offers.v1' AND JSON_VALUE(envelope, '$.payload.applicationId') = ?",
        [id],
      );
      assert.deepEqual(
        commands.map((c) => c.status),
        ['PENDING'],
        'recorded with the KYC result',
      );
    } finally {
      await db.end();
    }
    assert.equal(kyc.aadhaarLast4, who.aadhaar.slice(-4));
    assert.match(kyc.pan, /^[A-Z]{2}\*{6}[A-Z0-9]{2}$/);
    assert.deepEqual(kyc.sources.map((s: { source: string }) => s.source).sort(), ['AADHAAR', 'CKYC', 'PAN']);
  });

  it('retries a source that fails for a while, and finds a CKYC record by name and DOB when the PAN finds none', async () => {
    const who = person({ name: 'Lakshmi Narayanan' });
    await registerIdentity(sandbox(), who, { ckyc: { searchableByPan: false } });
    const id = await applicationFor(who);
    // After the OTP is sent: the eKYC call is the one that meets the failures.
    const otp = await requestAadhaarOtp(applicant.http, id, who.aadhaar);
    assert.equal(otp.status, 201);
    await sandbox().request('PUT', '/sandbox/faults/aadhaar', JSON.stringify({ mode: 'error', failNext: 2 }), {
      'content-type': 'application/json',
    });
    const submitted = await applicant.http.post(
      `/v1/applications/${id}/kyc`,
      kycBody(who, { otpRequestId: otp.body.otpRequestId, otp: SANDBOX_OTP }),
    );
    assert.equal(submitted.status, 202);
    await waitForStatus(applicant, id, (s) => s !== 'KYC_IN_PROGRESS', 'the KYC result');
    const kyc = await kycOf(id);
    assert.equal(kyc.status, 'VERIFIED', JSON.stringify(kyc.reasons));
    assert.ok(kyc.sources.find((s: { source: string }) => s.source === 'AADHAAR').attempts >= 3);
    assert.ok(kyc.reasons.includes('CKYC_FOUND_BY_NAME_DOB'), JSON.stringify(kyc.reasons));
  });

  it('puts the KYC in review while a source is down, and verifies it once the source is back', async () => {
    const who = person({ name: 'Priya Sharma' });
    await registerIdentity(sandbox(), who);
    await sandbox().request('PUT', '/sandbox/faults/ckyc', JSON.stringify({ mode: 'error' }), { 'content-type': 'application/json' });
    const id = await applicationFor(who);
    assert.equal((await submit(id, who)).status, 202);
    await waitForStatus(applicant, id, (s) => s === 'KYC_REVIEW', 'KYC_REVIEW');
    assert.ok((await kycOf(id)).reasons.includes('SOURCE_UNAVAILABLE:CKYC'));
    assert.equal((await sandbox().request('DELETE', '/sandbox/faults', undefined, {})).status, 204);
    await eventually(
      () => kycOf(id),
      (kyc) => kyc.status === 'VERIFIED',
      { timeoutMs: 45_000, what: 'the re-driven KYC to verify' },
    );
    await waitForStatus(applicant, id, (s) => s === 'KYC_VERIFIED', 'the application to follow');
  });

  it('fails a mismatched name, and a resubmission starts a new attempt keeping the history', async () => {
    const who = person({ name: 'Pooja Sharma' });
    await registerIdentity(sandbox(), { ...who, name: 'Priya Sharma' });
    const id = await applicationFor(who);
    assert.equal((await submit(id, who)).status, 202);
    await waitForStatus(applicant, id, (s) => s === 'KYC_FAILED', 'KYC_FAILED');
    await registerIdentity(sandbox(), who);
    assert.equal((await submit(id, who)).status, 202);
    await eventually(
      () => kycOf(id),
      (kyc) => kyc.status === 'VERIFIED',
      { timeoutMs: 45_000, what: 'the second attempt to verify' },
    );
    await waitForStatus(applicant, id, (s) => s === 'KYC_VERIFIED', 'the application to follow');
    const kyc = await kycOf(id);
    assert.equal(kyc.history.length, 2);
  });

  it('takes each demo identity of the sandbox to the KYC result it lists', async () => {
    const demos = (await sandbox().get('/sandbox/identities/demo')).body as (Person & { key: string; triggers: string })[];
    const expected: Record<string, [string, string]> = {
      VERIFIED: ['KYC_VERIFIED', 'ALL_SOURCES_MATCH'],
      REVIEW: ['KYC_REVIEW', 'PAN_AADHAAR_NOT_LINKED'],
      FAILED: ['KYC_FAILED', 'PAN_NOT_VALID'],
      SOURCE_DOWN: ['KYC_REVIEW', 'SOURCE_UNAVAILABLE:CKYC'],
    };
    const ids = await Promise.all(
      demos.map(async (demo) => {
        const id = await applicationFor(demo);
        assert.equal((await submit(id, demo)).status, 202, demo.key);
        return id;
      }),
    );
    for (const [i, demo] of demos.entries()) {
      const [status, reason] = expected[demo.triggers]!;
      await waitForStatus(applicant, ids[i]!, (s) => s !== 'KYC_IN_PROGRESS', `${demo.key}: the KYC result`);
      assert.equal((await applicant.http.get(`/v1/applications/${ids[i]}`)).body.status, status, demo.key);
      assert.ok((await kycOf(ids[i]!)).reasons.includes(reason), `${demo.key}: ${JSON.stringify((await kycOf(ids[i]!)).reasons)}`);
    }
  });

  it('lets staff use the matching engine, and nobody else', async () => {
    const ops = await suite.users.withRole('ops');
    const match = await ops.http.post('/v1/kyc/name-match', { name1: 'Shri R. K. Srivastava', name2: 'Ramesh Kumar Shrivastava' });
    assert.equal(match.status, 200);
    assert.equal(match.body.decision, 'MATCH');
    assert.ok(match.body.reasons.length > 0);
    const different = await ops.http.post('/v1/kyc/name-match', { name1: 'Manoj Kumar', name2: 'Manish Kumar' });
    assert.notEqual(different.body.decision, 'MATCH');
    const identity = await ops.http.post('/v1/kyc/identity-match', {
      applicant: { name: 'Asha Verma', dob: '1990-04-21' },
      source: { name: 'ASHA VERMA', dob: '1990-21-04' },
    });
    assert.equal(identity.status, 200);
    assert.notEqual(identity.body.decision, 'MATCH', 'a day-month swap is never an automatic match');
    assert.equal((await applicant.http.post('/v1/kyc/name-match', { name1: 'a', name2: 'b' })).status, 403);
  });

  it('keeps the full Aadhaar number only in the vault', async () => {
    const who = person({ name: 'Arun Kumar' });
    await registerIdentity(sandbox(), who);
    const id = await applicationFor(who);
    await submit(id, who);
    await waitForStatus(applicant, id, (s) => s !== 'KYC_IN_PROGRESS', 'the KYC result');
    const gateway = await suite.mysql('gateway');
    const kycDb = await suite.mysql('kyc-service');
    const mongo = new MongoClient(suite.infra.mongoUrl);
    try {
      for (const [db, tables] of [
        [gateway, ['applications', 'outbox_commands', 'kyc_submissions', 'application_status_log']],
        [kycDb, ['inbox_commands']],
      ] as const) {
        for (const table of tables) {
          const [rows] = await db.query<RowDataPacket[]>(`SELECT * FROM ${table}`);
          assert.doesNotMatch(JSON.stringify(rows), new RegExp(who.aadhaar), table);
        }
      }
      const database = mongo.db(`${suite.prefix}_kyc`);
      for (const { name } of await database.listCollections().toArray()) {
        const documents = await database.collection(name).find().toArray();
        assert.doesNotMatch(JSON.stringify(documents), new RegExp(who.aadhaar), name);
      }
    } finally {
      await gateway.end();
      await kycDb.end();
      await mongo.close();
    }
  });
});
