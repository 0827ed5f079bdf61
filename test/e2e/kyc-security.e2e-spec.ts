import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { RowDataPacket } from 'mysql2';
import { verhoeffDigitFor } from '@los/contracts';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import {
  kycBody,
  person,
  randomPan,
  registerIdentity,
  requestAadhaarOtp,
  SANDBOX_OTP,
  submitKyc,
  waitForStatus,
  type Person,
} from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

const LIMITS = {
  KYC_ATTEMPTS_PER_APPLICATION_DAY: '2',
  KYC_ATTEMPTS_PER_PAN_DAY: '3',
  AADHAAR_OTP_PER_APPLICATION_DAY: '4',
  AADHAAR_OTP_PER_PAN_DAY: '6',
};
const DAY_S = 24 * 3600;

/** KYC bound to the application's applicant, the applicant's own Aadhaar OTP, and attempt limits (security findings 2 and 8). */
describe('KYC security over HTTP', () => {
  let suite: TestSuite;
  let applicant: TestUser;

  before(async () => {
    suite = await TestSuite.start('kycsec', [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }], {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
      ...LIMITS,
    });
    applicant = await suite.users.applicant('kycsec');
  });
  after(() => suite?.stop());

  const sandbox = () => suite.app('sandbox').http;
  const stats = async () => (await sandbox().get('/sandbox/stats')).body as Record<string, number>;
  const kycOf = async (id: string) => (await applicant.http.get(`/v1/applications/${id}/kyc`)).body;

  async function applicationFor(who: Person): Promise<string> {
    const created = await applicant.http.post(
      '/v1/applications',
      applicationBody({ applicant: { fullName: who.name, dob: who.dob, pan: who.pan } }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id;
  }

  async function gatewayRows(sql: string, parameters: unknown[]): Promise<RowDataPacket[]> {
    const db = await suite.mysql('gateway');
    try {
      return (await db.query<RowDataPacket[]>(sql, parameters))[0];
    } finally {
      await db.end();
    }
  }

  async function otpFor(id: string, who: Person): Promise<string> {
    const otp = await requestAadhaarOtp(applicant.http, id, who.aadhaar);
    assert.equal(otp.status, 201, JSON.stringify(otp.body));
    assert.equal(otp.body.aadhaarLast4, who.aadhaar.slice(-4));
    return otp.body.otpRequestId;
  }

  it('refuses a KYC of another registered person (PAN B on an application of PAN A), changing nothing', async () => {
    const victim = person({ name: 'Asha Verma' });
    const attacker = person({ name: 'Ravi Shankar', dob: '1985-02-11', gender: 'M' });
    await registerIdentity(sandbox(), attacker);
    const id = await applicationFor(victim);
    const otpRequestId = await otpFor(id, attacker);
    const before = await stats();

    const cases: [Record<string, unknown>, string][] = [
      [{ pan: attacker.pan, fullName: attacker.name, dob: attacker.dob }, 'pan, fullName, dob'],
      [{ pan: attacker.pan }, 'pan'],
      [{ pan: victim.pan, fullName: attacker.name }, 'fullName'],
      [{ pan: victim.pan, dob: attacker.dob }, 'dob'],
    ];
    for (const [identity, fields] of cases) {
      const body = { ...kycBody(attacker, { otpRequestId, otp: SANDBOX_OTP }), fullName: undefined, dob: undefined, ...identity };
      const response = await applicant.http.post(`/v1/applications/${id}/kyc`, body);
      assert.deepEqual([response.status, response.body.code], [422, 'KYC_IDENTITY_MISMATCH'], JSON.stringify(identity));
      assert.match(response.body.message, new RegExp(`differs: ${fields}$`));
      for (const pan of [victim.pan, attacker.pan]) assert.ok(!JSON.stringify(response.body).includes(pan), 'no PAN echoed');
    }

    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'LEAD_CREATED');
    assert.equal((await applicant.http.get(`/v1/applications/${id}/kyc`)).status, 404);
    assert.equal((await gatewayRows('SELECT * FROM kyc_submissions WHERE application_id = ?', [id])).length, 0);
    assert.equal((await gatewayRows("SELECT * FROM outbox_commands WHERE pattern = 'kyc.cmd.verify.v1'", [])).length, 0);
    assert.deepEqual(await stats(), before, 'no identity source was asked');

    // A number nobody registered, which the sandbox's UIDAI does not know (an 11th digit 9; another 10th digit keeps it from
    // being the attacker's own when theirs ends in 9 too); refused at the OTP step, not echoed.
    const body = `${attacker.aadhaar.slice(0, 9)}${attacker.aadhaar[9] === '0' ? '1' : '0'}9`;
    const unknown = `${body}${verhoeffDigitFor(body)}`;
    const refused = await requestAadhaarOtp(applicant.http, id, unknown);
    assert.deepEqual([refused.status, refused.body.code], [400, 'INVALID_AADHAAR']);
    assert.ok(!JSON.stringify(refused.body).includes(unknown));
  });

  it("verifies the application's own applicant, name and date of birth taken from the application when left out", async () => {
    const who = person({ name: 'Neha Kulkarni' });
    await registerIdentity(sandbox(), who);
    const id = await applicationFor(who);
    const otpRequestId = await otpFor(id, who);
    const body = { ...kycBody(who, { otpRequestId, otp: SANDBOX_OTP, pan: who.pan.toLowerCase() }), fullName: undefined, dob: undefined };
    const submitted = await applicant.http.post(`/v1/applications/${id}/kyc`, body);
    assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
    await waitForStatus(applicant, id, (s) => s === 'KYC_VERIFIED', 'KYC_VERIFIED');
    const rows = await gatewayRows("SELECT envelope FROM outbox_commands WHERE pattern = 'kyc.cmd.verify.v1'", []);
    const envelopes = rows.map((row) => (typeof row.envelope === 'string' ? JSON.parse(row.envelope) : row.envelope));
    const envelope = envelopes.find((e) => e.payload.applicationId === id);
    assert.deepEqual([envelope.payload.pan, envelope.payload.fullName, envelope.payload.dob], [who.pan, who.name, who.dob]);
    assert.equal(envelope.payload.otpRequestId, otpRequestId);
    assert.ok(!JSON.stringify(envelope).includes(SANDBOX_OTP), 'the OTP is not in the recorded command');
  });

  it('takes the OTP from the applicant: a wrong one fails the KYC with AADHAAR_OTP_INVALID, and an OTP request serves one attempt', async () => {
    const who = person({ name: 'Farida Khan' });
    await registerIdentity(sandbox(), who);
    const id = await applicationFor(who);
    const otpRequestId = await otpFor(id, who);
    const wrong = await applicant.http.post(`/v1/applications/${id}/kyc`, kycBody(who, { otpRequestId, otp: '654321' }));
    assert.equal(wrong.status, 202, JSON.stringify(wrong.body));
    await waitForStatus(applicant, id, (s) => s === 'KYC_FAILED', 'KYC_FAILED');
    const kyc = await kycOf(id);
    assert.ok(kyc.reasons.includes('AADHAAR_OTP_INVALID'), JSON.stringify(kyc.reasons));

    const reused = await applicant.http.post(`/v1/applications/${id}/kyc`, kycBody(who, { otpRequestId, otp: SANDBOX_OTP }));
    assert.deepEqual([reused.status, reused.body.code], [422, 'KYC_OTP_REQUEST_INVALID']);
    const other = await applicationFor(person({ name: 'Farida Khan', pan: randomPan() }));
    const foreign = await applicant.http.post(`/v1/applications/${id}/kyc`, kycBody(who, { otpRequestId: await otpFor(other, who) }));
    assert.deepEqual([foreign.status, foreign.body.code], [422, 'KYC_OTP_REQUEST_INVALID'], "another application's OTP request");
    const unknown = await applicant.http.post(`/v1/applications/${id}/kyc`, kycBody(who, { otpRequestId: randomUUID() }));
    assert.deepEqual([unknown.status, unknown.body.code], [422, 'KYC_OTP_REQUEST_INVALID']);

    const retried = await submitKyc(applicant.http, id, who);
    assert.equal(retried.status, 202, JSON.stringify(retried.body));
    await waitForStatus(applicant, id, (s) => s === 'KYC_VERIFIED', 'KYC_VERIFIED with the right OTP');
  });

  it('limits KYC attempts per application and per PAN, and OTP requests, with 429 and Retry-After, calling no provider', async () => {
    const who = person({ name: 'Sanjay Mehta', gender: 'M' });
    await registerIdentity(sandbox(), who);
    const first = await applicationFor(who);
    const failedAttempt = async (id: string) => {
      const otpRequestId = await otpFor(id, who);
      const submitted = await applicant.http.post(`/v1/applications/${id}/kyc`, kycBody(who, { otpRequestId, otp: '000000' }));
      assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
      await waitForStatus(applicant, id, (s) => s === 'KYC_FAILED', 'KYC_FAILED');
    };
    const assertRetryLater = (response: { status: number; body: any; headers: Headers }, what: RegExp) => {
      assert.deepEqual([response.status, response.body.code], [429, 'KYC_ATTEMPTS_EXCEEDED'], JSON.stringify(response.body));
      assert.match(response.body.message, what);
      const retryAfter = Number(response.headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter > DAY_S - 600 && retryAfter <= DAY_S, `Retry-After ${retryAfter}`);
    };

    // Two attempts on the first application (its limit), a third refused before any provider call.
    await failedAttempt(first);
    await failedAttempt(first);
    const otpRequestId = await otpFor(first, who);
    const before = await stats();
    const third = await applicant.http.post(`/v1/applications/${first}/kyc`, kycBody(who, { otpRequestId, otp: SANDBOX_OTP }));
    assertRetryLater(third, /per application/);
    assert.deepEqual(await stats(), before, 'no PAN, Aadhaar or CKYC call for the refused attempt');
    assert.equal((await applicant.http.get(`/v1/applications/${first}`)).body.status, 'KYC_FAILED');
    assert.equal((await gatewayRows('SELECT * FROM kyc_submissions WHERE application_id = ?', [first])).length, 2);

    // The fourth OTP request of the application is its last; the fifth texts nobody.
    assert.equal((await requestAadhaarOtp(applicant.http, first, who.aadhaar)).status, 201);
    const otpBefore = await stats();
    assertRetryLater(await requestAadhaarOtp(applicant.http, first, who.aadhaar), /Aadhaar OTP requests per application/);
    assert.deepEqual(await stats(), otpBefore, 'no OTP sent');

    // The same PAN on a new application: one more attempt fits the PAN's three, the next does not.
    const second = await applicationFor(who);
    await failedAttempt(second);
    const again = await otpFor(second, who);
    const panBefore = await stats();
    assertRetryLater(await applicant.http.post(`/v1/applications/${second}/kyc`, kycBody(who, { otpRequestId: again })), /for one PAN/);
    assert.deepEqual(await stats(), panBefore);
    // The PAN has had its six OTP requests too.
    assertRetryLater(await requestAadhaarOtp(applicant.http, second, who.aadhaar), /Aadhaar OTP requests for one PAN/);
  });

  it('refuses a consent time out of bounds, and control characters, line breaks and bidi overrides in free text', async () => {
    const who = person();
    const id = await applicationFor(who);
    for (const at of ['0001-01-01T00:00:00Z', '2099-01-01T00:00:00Z', new Date(Date.now() - 2 * DAY_S * 1000).toISOString()]) {
      const response = await applicant.http.post(
        `/v1/applications/${id}/kyc`,
        kycBody(who, { consent: { given: true, textVersion: 'kyc-consent-v1', at } }),
      );
      assert.deepEqual([response.status, response.body.code], [400, 'INVALID_CONSENT'], at);
    }
    const unsafe = ['12 MG Road\r\nX-Injected: 1', 'Flat 4\u202Eevil', 'Road\u0000', 'Road\u2066x\u2069'];
    for (const line1 of unsafe) {
      const response = await applicant.http.post(`/v1/applications/${id}/kyc`, kycBody(who, { address: { ...who.address, line1 } }));
      assert.deepEqual([response.status, response.body.code], [400, 'UNSAFE_TEXT'], JSON.stringify(line1));
    }
    const cancel = await applicant.http.post(`/v1/applications/${id}/cancel`, { reason: 'changed my mind\nADMIN APPROVED' });
    assert.deepEqual([cancel.status, cancel.body.code], [400, 'UNSAFE_TEXT']);
    const purpose = await applicant.http.post('/v1/applications', applicationBody({ loan: { purpose: 'Wedding\u202Egnidd' } }));
    assert.deepEqual([purpose.status, purpose.body.code], [400, 'UNSAFE_TEXT']);
    const name = await applicant.http.post('/v1/applications', applicationBody({ applicant: { fullName: 'Asha\u202EVerma' } }));
    assert.deepEqual([name.status, name.body.code], [400, 'UNSAFE_TEXT']);
    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'LEAD_CREATED');
    assert.equal((await applicant.http.get(`/v1/applications/${id}/kyc`)).status, 404);
  });

  it('files under a channel partner only when the partner exists', async () => {
    await suite.users.withRole('partner_agent', 'KNOWN_DSA');
    const unknown = await applicant.http.post('/v1/applications', applicationBody({ channelPartnerCode: 'NO_SUCH_DSA' }));
    assert.deepEqual([unknown.status, unknown.body.code], [422, 'UNKNOWN_CHANNEL_PARTNER']);
    const [{ count }] = await gatewayRows("SELECT COUNT(*) AS count FROM applications WHERE channel_partner_code = 'NO_SUCH_DSA'", []);
    assert.equal(Number(count), 0);
    const known = await applicant.http.post('/v1/applications', applicationBody({ channelPartnerCode: 'KNOWN_DSA' }));
    assert.equal(known.status, 201, JSON.stringify(known.body));
    assert.equal(known.body.channelPartnerCode, 'KNOWN_DSA');
  });
});
