import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RowDataPacket } from 'mysql2';
import type { Connection } from 'mysql2/promise';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import type { HttpClient } from '../support/http-client.js';
import { eventually } from '../support/eventually.js';
import { kycBody, person, registerIdentity, requestAadhaarOtp } from '../support/kyc-fixtures.js';
import { TestSuite, type RunningApp } from '../support/test-suite.js';

/** `Idempotency-Key` when the gateway dies mid-request, and what it must never store. */
describe('Idempotency-Key under faults', () => {
  let suite: TestSuite;
  let db: Connection;

  before(async () => {
    suite = await TestSuite.start('idemfault', [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }], {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '3000',
    });
    db = await suite.mysql('gateway');
  });
  after(async () => {
    await db?.end();
    await suite?.stop();
  });

  const count = async (sql: string, params: unknown[]) => Number((await db.query<RowDataPacket[]>(sql, params))[0][0].n);
  const keyRows = (key: string) => count('SELECT COUNT(*) AS n FROM idempotency_keys WHERE idem_key = ?', [key]);
  const statusLogRows = (applicationId: string, to: string) =>
    count('SELECT COUNT(*) AS n FROM application_status_log WHERE application_id = ? AND to_status = ?', [applicationId, to]);
  const as = (gateway: RunningApp, user: TestUser): HttpClient => gateway.http.withHeaders({ authorization: `Bearer ${user.token}` });
  const newApplication = async (user: TestUser, overrides = {}) => {
    const created = await user.http.post('/v1/applications', applicationBody(overrides));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id as string;
  };
  /** A second gateway replica that SIGKILLs itself around the commit of a keyed POST. */
  const faultyGateway = (fault: 'crash-before-commit' | 'crash-after-commit') =>
    suite.startApp('gateway', { NODE_ENV: 'test', IDEMPOTENCY_TEST_FAULT: fault });
  const dies = async (request: Promise<unknown>) => {
    await assert.rejects(request, 'the faulty gateway dies before answering');
  };

  describe('auth routes and the upload form are never stored', () => {
    it('issues a fresh token pair for each login with the same key, storing no token', async () => {
      const user = await suite.users.applicant('idem-login');
      const gateway = suite.app('gateway').http;
      const key = 'login-key-1';
      const body = { email: user.email, password: user.password };
      const first = await gateway.post('/v1/auth/login', body, { 'idempotency-key': key });
      const second = await gateway.post('/v1/auth/login', body, { 'idempotency-key': key });
      assert.deepEqual([first.status, second.status], [200, 200]);
      assert.equal(second.headers.get('idempotent-replayed'), null);
      assert.notEqual(second.body.refreshToken, first.body.refreshToken);
      assert.equal(await keyRows(key), 0);
      const leaked = await count('SELECT COUNT(*) AS n FROM idempotency_keys WHERE response_body LIKE ? OR response_body LIKE ?', [
        `%${first.body.refreshToken}%`,
        `%${first.body.accessToken}%`,
      ]);
      assert.equal(leaked, 0);
    });

    it('refuses a spent refresh token sent again with the same key', async () => {
      const user = await suite.users.applicant('idem-refresh');
      const gateway = suite.app('gateway').http;
      const headers = { 'idempotency-key': 'refresh-key-1' };
      const rotated = await gateway.post('/v1/auth/refresh', { refreshToken: user.refreshToken }, headers);
      assert.equal(rotated.status, 200);
      const again = await gateway.post('/v1/auth/refresh', { refreshToken: user.refreshToken }, headers);
      assert.equal(again.status, 401);
      assert.equal(again.headers.get('idempotent-replayed'), null);
      const family = await gateway.post('/v1/auth/refresh', { refreshToken: rotated.body.refreshToken });
      assert.equal(family.status, 401, 'the reuse revoked the family');
      assert.equal(await keyRows('refresh-key-1'), 0);
    });

    it('stores no register answer', async () => {
      const gateway = suite.app('gateway').http;
      const key = 'register-key-1';
      const registered = await gateway.post(
        '/v1/auth/register',
        { email: `idem-reg-${Date.now()}@example.in`, password: 'pw-register-secret', fullName: 'Reg User', mobile: '9876543210' },
        { 'idempotency-key': key },
      );
      assert.equal(registered.status, 201);
      assert.equal(await keyRows(key), 0);
    });

    it('stores no pre-signed upload form: the same key gets the same document with a new form, never a second document', async () => {
      const user = await suite.users.applicant('idem-docs');
      const id = await newApplication(user);
      const headers = { 'idempotency-key': 'upload-key-1' };
      const body = { type: 'BANK_STATEMENT', contentType: 'application/pdf', sizeBytes: 1000 };
      const first = await user.http.post(`/v1/applications/${id}/documents`, body, headers);
      const second = await user.http.post(`/v1/applications/${id}/documents`, body, headers);
      assert.deepEqual([first.status, second.status], [201, 201], JSON.stringify(first.body));
      assert.equal(second.headers.get('idempotent-replayed'), null, 'not replayed from the store');
      assert.equal(second.body.id, first.body.id);
      assert.ok(first.body.upload?.fields?.Policy && second.body.upload?.fields?.Policy, 'each answer carries a signed form');
      assert.equal((await user.http.get(`/v1/applications/${id}/documents`)).body.length, 1);
      assert.equal(await keyRows('upload-key-1'), 0);
      const other = await user.http.post(`/v1/applications/${id}/documents`, { ...body, sizeBytes: 2000 }, headers);
      assert.deepEqual([other.status, other.body.code], [422, 'IDEMPOTENCY_KEY_REUSED']);
      const malformed = await user.http.post(`/v1/applications/${id}/documents`, body, { 'idempotency-key': 'x'.repeat(101) });
      assert.deepEqual([malformed.status, malformed.body.code], [400, 'VALIDATION_FAILED']);
    });
  });

  it('answers 409 with Retry-After to concurrent requests with one key', async () => {
    const user = await suite.users.applicant('idem-burst');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => user.http.post('/v1/applications', applicationBody(), { 'idempotency-key': 'burst-ra' })),
    );
    const busy = responses.filter((r) => r.status === 409);
    assert.ok(busy.length >= 1, JSON.stringify(responses.map((r) => r.status)));
    for (const response of busy) {
      assert.equal(response.body.code, 'IDEMPOTENCY_IN_PROGRESS');
      const retryAfter = Number(response.headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 5, `Retry-After ${response.headers.get('retry-after')}`);
    }
  });

  it('replays a KYC submission whose gateway died right after the commit, starting no second KYC', async () => {
    const applicant = await suite.users.applicant('idem-kyc');
    const who = person();
    await registerIdentity(suite.app('sandbox').http, who);
    const id = await newApplication(applicant, { applicant: { fullName: who.name, dob: who.dob, pan: who.pan } });
    const otp = await requestAadhaarOtp(applicant.http, id, who.aadhaar);
    assert.equal(otp.status, 201, JSON.stringify(otp.body));
    const faulty = await faultyGateway('crash-after-commit');
    const headers = { 'idempotency-key': 'kyc-crash-1' };
    const body = kycBody(who, { otpRequestId: otp.body.otpRequestId });
    await dies(as(faulty, applicant).post(`/v1/applications/${id}/kyc`, body, headers));
    await suite.stopApp(faulty);

    // The outbox sweeper delivers the command the dead gateway recorded; the KYC completes.
    // About 30 s here rather than 1 s: the sweeper re-drives the command within 3 s, kyc-service receives it ~30 s later.
    await eventually(
      () => applicant.http.get(`/v1/applications/${id}`),
      (r) => r.body.status === 'KYC_VERIFIED',
      { timeoutMs: 90_000, intervalMs: 250, what: 'KYC_VERIFIED after the crash' },
    );
    const retry = await applicant.http.post(`/v1/applications/${id}/kyc`, body, headers);
    assert.equal(retry.status, 202, JSON.stringify(retry.body));
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    const [submissions] = await db.query<RowDataPacket[]>('SELECT kyc_id FROM kyc_submissions WHERE application_id = ?', [id]);
    assert.deepEqual(
      submissions.map((row) => row.kyc_id),
      [retry.body.kycId],
    );
    assert.equal(await statusLogRows(id, 'KYC_IN_PROGRESS'), 1);
    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'KYC_VERIFIED');
  });

  it('replays a probe whose gateway died right after the commit, creating one probe', async () => {
    const admin = await suite.users.adminUser();
    const before = await count('SELECT COUNT(*) AS n FROM probes', []);
    const faulty = await faultyGateway('crash-after-commit');
    const headers = { 'idempotency-key': 'probe-crash-1' };
    await dies(as(faulty, admin).post('/v1/system/probes', {}, headers));
    await suite.stopApp(faulty);
    const retry = await admin.http.post('/v1/system/probes', {}, headers);
    assert.equal(retry.status, 202, JSON.stringify(retry.body));
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(await count('SELECT COUNT(*) AS n FROM probes', []), before + 1);
    assert.equal(await count('SELECT COUNT(*) AS n FROM probes WHERE id = ?', [retry.body.id]), 1);
  });

  it('frees the key of a gateway that died before its commit within the lease, saying when to retry', async () => {
    const applicant = await suite.users.applicant('idem-dead');
    const id = await newApplication(applicant);
    const faulty = await faultyGateway('crash-before-commit');
    const headers = { 'idempotency-key': 'cancel-crash-1' };
    const body = { reason: 'changed my mind' };
    await dies(as(faulty, applicant).post(`/v1/applications/${id}/cancel`, body, headers));
    assert.equal(await statusLogRows(id, 'CANCELLED'), 0, 'the dead request changed nothing');

    // At once: the dead holder's lease (5 s) still runs.
    const early = await applicant.http.post(`/v1/applications/${id}/cancel`, body, headers);
    assert.deepEqual([early.status, early.body.code], [409, 'IDEMPOTENCY_IN_PROGRESS']);
    const retryAfter = Number(early.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 5, `Retry-After ${early.headers.get('retry-after')}`);
    await sleep(retryAfter * 1000);
    const retry = await applicant.http.post(`/v1/applications/${id}/cancel`, body, headers);
    await suite.stopApp(faulty);
    assert.equal(retry.status, 200, JSON.stringify(retry.body));
    assert.equal(retry.body.status, 'CANCELLED');
    assert.equal(await statusLogRows(id, 'CANCELLED'), 1);
    const replay = await applicant.http.post(`/v1/applications/${id}/cancel`, body, headers);
    assert.deepEqual([replay.status, replay.headers.get('idempotent-replayed'), replay.body], [200, 'true', retry.body]);
  });
});
