import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { appsScript, netScript, s3Script } from '../support/repo-scripts.js';
import { TEST_STATE_DIR } from '../support/test-infra.js';
import { TestSuite } from '../support/test-suite.js';

const APP_ORIGIN = 'http://localhost:5173';
const OTHER_ORIGIN = 'https://evil.example';

const preflight = (url: string, origin: string, method = 'POST', headers = 'authorization,content-type,idempotency-key') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
  });
const listOf = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase());

/**
 * A browser app on an allowed origin can call the API and upload a document straight to storage; a page on
 * any other origin gets no CORS grant from either. The gateway and its own S3 server (tools/s3server, with
 * the origin in its bucket CORS rule) are started for this file.
 */
describe('CORS: a browser app on an allowed origin', () => {
  let suite: TestSuite;
  let s3: { pid: number; endpoint: string };
  let gateway: string;

  before(async () => {
    const port = await (await netScript()).freePort();
    s3 = await (
      await s3Script()
    ).startS3({ port, bucket: 'los-documents', corsOrigins: [APP_ORIGIN], logFile: join(TEST_STATE_DIR, 'logs', `cors-s3-${port}.log`) });
    suite = await TestSuite.start('cors', [
      { service: 'gateway', env: { CORS_ORIGINS: `${APP_ORIGIN},http://localhost:3000`, CORS_MAX_AGE_S: '600', S3_ENDPOINT: s3.endpoint } },
    ]);
    gateway = suite.app('gateway').url;
  });
  after(async () => {
    await suite?.stop();
    if (s3) await (await appsScript()).stopPids([s3.pid]);
  });

  it("answers the browser's preflight with the allowed method, headers and a cache lifetime", async () => {
    const response = await preflight(`${gateway}/v1/applications`, APP_ORIGIN);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.ok(listOf(response.headers.get('access-control-allow-methods')).includes('post'));
    const allowed = listOf(response.headers.get('access-control-allow-headers'));
    for (const header of ['authorization', 'content-type', 'idempotency-key'])
      assert.ok(allowed.includes(header), `${header} in ${allowed}`);
    assert.equal(response.headers.get('access-control-max-age'), '600');
    assert.equal(response.headers.get('access-control-allow-credentials'), null, 'credentials are off');
    assert.ok(listOf(response.headers.get('vary')).includes('origin'));
  });

  it('grants nothing to another origin, on the preflight or the request', async () => {
    const refused = await preflight(`${gateway}/v1/applications`, OTHER_ORIGIN);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const request = (origin: string) =>
      fetch(`${gateway}/v1/auth/login`, {
        method: 'POST',
        headers: { Origin: origin, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.in', password: 'not-a-password-1' }),
      });
    const other = await request(OTHER_ORIGIN);
    assert.equal(other.status, 401);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    // The same refusal, read by the allowed app: the grant is per origin, not per answer.
    assert.equal((await request(APP_ORIGIN)).headers.get('access-control-allow-origin'), APP_ORIGIN);
  });

  it('lets the app read the answer and its documented headers, then upload a document straight to storage', async () => {
    const email = `cors-${randomBytes(4).toString('hex')}@example.in`;
    const registered = await fetch(`${gateway}/v1/auth/register`, {
      method: 'POST',
      headers: { Origin: APP_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct-horse-42', fullName: 'Asha Verma', mobile: '9876543210' }),
    });
    assert.equal(registered.status, 201);
    assert.equal(registered.headers.get('access-control-allow-origin'), APP_ORIGIN);
    const exposed = listOf(registered.headers.get('access-control-expose-headers'));
    assert.ok(
      ['x-request-id', 'ratelimit', 'ratelimit-policy', 'etag'].every((name) => exposed.includes(name)),
      exposed.join(),
    );
    assert.ok(!exposed.some((name) => name.startsWith('x-ratelimit')), exposed.join());
    assert.match(registered.headers.get('ratelimit') ?? '', /^"default";r=\d+;t=\d+$/);
    const { accessToken } = (await registered.json()) as { accessToken: string };
    const headers = { Origin: APP_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${accessToken}` };

    const created = await fetch(`${gateway}/v1/applications`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        applicant: {
          fullName: 'Asha Verma',
          dob: '1990-04-21',
          mobile: '9876543210',
          email,
          pan: 'ABCPV1234F',
          employmentType: 'SALARIED',
          monthlyIncome: 85000,
          existingEmiMonthly: 12000,
          pincode: '560034',
          city: 'Bengaluru',
          state: 'Karnataka',
        },
        loan: { amount: 250000, tenureMonths: 36, purpose: 'Home renovation' },
      }),
    });
    assert.equal(created.status, 201);
    const application = (await created.json()) as { id: string };
    const bytes = randomBytes(1024);
    const registeredDocument = await fetch(`${gateway}/v1/applications/${application.id}/documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'SALARY_SLIP', contentType: 'application/pdf', sizeBytes: bytes.length }),
    });
    assert.equal(registeredDocument.status, 201);
    const document = (await registeredDocument.json()) as { id: string; upload: { url: string; fields: Record<string, string> } };
    assert.ok(document.upload.url.startsWith(s3.endpoint), document.upload.url);

    const storagePreflight = await preflight(document.upload.url, APP_ORIGIN, 'POST', 'content-type');
    assert.equal(storagePreflight.status, 200);
    assert.equal(storagePreflight.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.ok(listOf(storagePreflight.headers.get('access-control-allow-methods')).includes('post'));
    const otherPreflight = await preflight(document.upload.url, OTHER_ORIGIN, 'POST', 'content-type');
    assert.equal(otherPreflight.status, 403);
    assert.equal(otherPreflight.headers.get('access-control-allow-origin'), null);

    const form = new FormData();
    for (const [name, value] of Object.entries(document.upload.fields)) form.append(name, value);
    form.append('file', new Blob([bytes]), 'slip.pdf');
    const uploaded = await fetch(document.upload.url, { method: 'POST', headers: { Origin: APP_ORIGIN }, body: form });
    assert.ok(uploaded.status >= 200 && uploaded.status < 300, `upload answered ${uploaded.status} ${await uploaded.text()}`);
    assert.equal(uploaded.headers.get('access-control-allow-origin'), APP_ORIGIN);

    const confirmed = await fetch(`${gateway}/v1/applications/${application.id}/documents/${document.id}/confirm`, {
      method: 'POST',
      headers: { Origin: APP_ORIGIN, authorization: `Bearer ${accessToken}` },
    });
    assert.equal(confirmed.status, 200, await confirmed.clone().text());
    assert.equal(confirmed.headers.get('access-control-allow-origin'), APP_ORIGIN);
  });
});
