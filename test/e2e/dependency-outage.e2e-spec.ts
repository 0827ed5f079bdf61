import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { kycBody, person, registerIdentity, requestAadhaarOtp } from '../support/kyc-fixtures.js';
import { servicesScript } from '../support/repo-scripts.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { TEST_STATE_DIR } from '../support/test-infra.js';
import { TestSuite, type RunningApp } from '../support/test-suite.js';

/** Well under the gateway's 5 s RPC timeout (which would answer 504), with room for a loaded machine. */
const FAST_MS = 4_000;

/** Log lines an app wrote since `offset` (every app of a test run appends to .stack/test/logs/<service>.log). */
const logSince = (service: string, offset: number) => readFileSync(join(TEST_STATE_DIR, 'logs', `${service}.log`), 'utf8').slice(offset);
const logSize = (service: string) => statSync(join(TEST_STATE_DIR, 'logs', `${service}.log`)).size;

/** MySQL or Mongo going away answers 503 DEPENDENCY_UNAVAILABLE at once, with one readable log line. */
describe('a database outage', () => {
  let suite: TestSuite;
  let applicant: TestUser;

  before(async () => {
    suite = await TestSuite.start('outage', [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }], {
      THROTTLE_AUTH_LIMIT: '1000',
    });
    applicant = await suite.users.applicant('outage');
  });
  after(() => suite?.stop());

  const databaseUrl = async (server: string, service: string) => {
    const { serviceByName, databaseUrl: urlOf } = await servicesScript();
    return urlOf(server, suite.prefix, serviceByName(service));
  };
  const as = (app: RunningApp) => app.http.withHeaders({ authorization: `Bearer ${applicant.token}` });

  it('MySQL down: the gateway answers 503 DEPENDENCY_UNAVAILABLE fast, and again 201 once it is back', async () => {
    const mysql = await TcpProxy.start(await databaseUrl(suite.infra.mysqlUrl, 'gateway'));
    const gateway = await suite.startApp('gateway', { MYSQL_URL: mysql.url() });
    try {
      assert.equal((await as(gateway).post('/v1/applications', applicationBody())).status, 201);
      const offset = logSize('gateway');
      await mysql.close();
      for (const request of [() => as(gateway).post('/v1/applications', applicationBody()), () => as(gateway).get('/v1/applications')]) {
        const response = await request();
        assert.deepEqual([response.status, response.body.code], [503, 'DEPENDENCY_UNAVAILABLE'], JSON.stringify(response.body));
        assert.ok(response.ms < FAST_MS, `answered in ${response.ms} ms`);
      }
      const log = logSince('gateway', offset);
      assert.doesNotMatch(log, /Unhandled error/);
      assert.match(log, /DEPENDENCY_UNAVAILABLE/);

      await mysql.open();
      const back = await as(gateway).post('/v1/applications', applicationBody());
      assert.equal(back.status, 201, JSON.stringify(back.body));
    } finally {
      await suite.stopApp(gateway);
      await mysql.close();
    }
  });

  it('Mongo down: a KYC submission answers 503 fast and kyc-service logs a readable error', async () => {
    const mongo = await TcpProxy.start(await databaseUrl(suite.infra.mongoUrl, 'kyc-service'));
    // The only kyc-service: every replica answers an RPC, and a healthy one would answer first.
    await suite.stopApp(suite.app('kyc-service'));
    const kyc = await suite.startApp('kyc-service', { MONGO_URL: mongo.url(), SANDBOX_URL: suite.app('sandbox').url });
    try {
      const who = person();
      const created = await applicant.http.post(
        '/v1/applications',
        applicationBody({ applicant: { fullName: who.name, dob: who.dob, pan: who.pan } }),
      );
      assert.equal(created.status, 201);
      await registerIdentity(suite.app('sandbox').http, who);
      // KYC's first step (the Aadhaar OTP) while the Mongo server answers; the submission meets the outage.
      const otp = await requestAadhaarOtp(applicant.http, created.body.id, who.aadhaar);
      assert.equal(otp.status, 201, JSON.stringify(otp.body));
      const offset = logSize('kyc-service');
      await mongo.close();
      const submitted = await applicant.http.post(
        `/v1/applications/${created.body.id}/kyc`,
        kycBody(who, { otpRequestId: otp.body.otpRequestId }),
      );
      assert.deepEqual([submitted.status, submitted.body.code], [503, 'DEPENDENCY_UNAVAILABLE'], JSON.stringify(submitted.body));
      assert.ok(submitted.ms < FAST_MS, `answered in ${submitted.ms} ms`);
      assert.equal((await applicant.http.get(`/v1/applications/${created.body.id}`)).body.status, 'LEAD_CREATED', 'nothing changed');

      const log = logSince('kyc-service', offset);
      assert.doesNotMatch(log, /unable to serialize/);
      const line = log
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as { msg?: string; err?: { type?: string; message?: string } })
        .find((entry) => entry.msg === 'A database is unavailable');
      assert.ok(line, `no outage line in:\n${log}`);
      assert.match(line.err?.type ?? '', /^Mongo/);
      assert.ok(line.err?.message, 'the error has its message');
      assert.ok(!log.includes(who.aadhaar), 'no Aadhaar in the log');
    } finally {
      await suite.stopApp(kyc);
      await mongo.close();
    }
  });
});
