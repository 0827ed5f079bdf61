import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { paiseOf } from '@los/contracts';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { TestSuite } from '../support/test-suite.js';

describe('loan applications over HTTP', () => {
  let suite: TestSuite;
  let applicant: TestUser;

  before(async () => {
    suite = await TestSuite.start('applications', [{ service: 'gateway' }], { THROTTLE_AUTH_LIMIT: '1000' });
    applicant = await suite.users.applicant();
  });
  after(() => suite?.stop());

  const count = async (user: TestUser) => (await user.http.get('/v1/applications?limit=1')).body.total as number;

  it('creates an application with exact amounts, a timeline, extras and security headers', async () => {
    const response = await applicant.http.post(
      '/v1/applications',
      applicationBody({ loan: { amount: '250000.05' }, extra: { employer: 'Infosys', years: 4 } }),
    );
    assert.equal(response.status, 201);
    assert.match(response.body.id, /^[0-9a-f-]{36}$/);
    assert.equal(response.body.status, 'LEAD_CREATED');
    assert.deepEqual(
      [response.body.currency, response.body.loan.amount, response.body.applicant.monthlyIncome, response.body.sanctionedAmount],
      ['INR', '250000.05', '85000.00', null],
    );
    // Deprecated for one version: amounts as JSON numbers are still taken, and shown as strings.
    const legacy = await applicant.http.post(
      '/v1/applications',
      applicationBody({ applicant: { monthlyIncome: 85000.5, existingEmiMonthly: 0 }, loan: { amount: 250000.05 } }),
    );
    assert.equal(legacy.status, 201, JSON.stringify(legacy.body));
    assert.deepEqual(
      [legacy.body.loan.amount, legacy.body.applicant.monthlyIncome, legacy.body.applicant.existingEmiMonthly],
      ['250000.05', '85000.50', '0.00'],
    );
    for (const amount of ['250000.055', 250000.055, '2,50,000', '999.99', 'NaN']) {
      const refused = await applicant.http.post('/v1/applications', applicationBody({ loan: { amount } }));
      assert.deepEqual([refused.status, refused.body.code], [400, 'VALIDATION_FAILED'], String(amount));
    }
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const read = await applicant.http.get(`/v1/applications/${response.body.id}`);
    assert.deepEqual(read.body.extra, { employer: 'Infosys', years: 4 });
    const timeline = await applicant.http.get(`/v1/applications/${response.body.id}/timeline`);
    assert.deepEqual(
      timeline.body.map((e: { from: string; to: string }) => [e.from, e.to]),
      [[null, 'LEAD_CREATED']],
    );
    assert.equal(timeline.body[0].actor, `user:${applicant.id}`);
  });

  it('refuses invalid input and mass assignment with 400, storing nothing', async () => {
    const before = await count(applicant);
    const bad: [string, object][] = [
      ['status set by the client', applicationBody({ status: 'APPROVED' })],
      ['sanctioned amount set by the client', applicationBody({ loan: { sanctionedAmount: 900000 } })],
      ['three decimals', applicationBody({ loan: { amount: 1000.123 } })],
      // Amounts are decimal strings now; a malformed one is still refused.
      ['amount as a string with three decimals', applicationBody({ loan: { amount: '250000.001' } })],
      ['amount with digit grouping', applicationBody({ loan: { amount: '2,50,000' } })],
      ['income as an exponent', applicationBody({ applicant: { monthlyIncome: '8.5e4' } })],
      ['amount below the minimum', applicationBody({ loan: { amount: 999 } })],
      ['mobile starting with 5', applicationBody({ applicant: { mobile: '5876543210' } })],
      ['under 18', applicationBody({ applicant: { dob: `${new Date().getUTCFullYear() - 17}-01-01` } })],
      ['impossible date', applicationBody({ applicant: { dob: '1990-02-30' } })],
      ['pincode', applicationBody({ applicant: { pincode: '012345' } })],
      ['tenure 481', applicationBody({ loan: { tenureMonths: 481 } })],
      ['extra too large', applicationBody({ extra: { blob: 'x'.repeat(17_000) } })],
      ['extra with dotted key', applicationBody({ extra: { 'a.b': 1 } })],
    ];
    for (const [name, body] of bad) {
      const response = await applicant.http.post('/v1/applications', body);
      assert.deepEqual([response.status, response.body.code], [400, 'VALIDATION_FAILED'], name);
    }
    const company = await applicant.http.post('/v1/applications', applicationBody({ applicant: { pan: 'ABCCV1234F' } }));
    assert.deepEqual([company.status, company.body.code], [400, 'INVALID_PAN'], 'company PAN');
    assert.equal(await count(applicant), before);
  });

  it('refuses Mongo operators anywhere in a body or query string', async () => {
    const body = await applicant.http.post('/v1/applications', applicationBody({ applicant: { pan: { $gt: '' } } }));
    assert.deepEqual([body.status, body.body.code], [400, 'UNSAFE_INPUT']);
    const query = await applicant.http.get('/v1/applications?status[$ne]=x');
    assert.equal(query.status, 400);
  });

  it('pages with a capped limit and sorts only by allowed fields', async () => {
    for (let i = 0; i < 3; i++) await applicant.http.post('/v1/applications', applicationBody({ loan: { amount: 10_000 + i } }));
    const page = await applicant.http.get('/v1/applications?limit=2&page=1&sort=amount&order=asc');
    assert.equal(page.status, 200);
    assert.equal(page.body.items.length, 2);
    assert.ok(paiseOf(page.body.items[0].loan.amount) <= paiseOf(page.body.items[1].loan.amount));
    assert.equal((await applicant.http.get('/v1/applications?limit=101')).status, 400);
    assert.equal((await applicant.http.get('/v1/applications?sort=pan')).status, 400);
    const filtered = await applicant.http.get('/v1/applications?status=CANCELLED');
    assert.ok(filtered.body.items.every((item: { status: string }) => item.status === 'CANCELLED'));
  });

  it('cancels once; cancelling again is an invalid transition', async () => {
    const { body } = await applicant.http.post('/v1/applications', applicationBody());
    const cancelled = await applicant.http.post(`/v1/applications/${body.id}/cancel`, { reason: 'Changed my mind' });
    assert.deepEqual([cancelled.status, cancelled.body.status], [200, 'CANCELLED']);
    const again = await applicant.http.post(`/v1/applications/${body.id}/cancel`, {});
    assert.deepEqual([again.status, again.body.code], [409, 'INVALID_TRANSITION']);
    const timeline = await applicant.http.get(`/v1/applications/${body.id}/timeline`);
    assert.deepEqual(timeline.body.at(-1), { ...timeline.body.at(-1), from: 'LEAD_CREATED', to: 'CANCELLED', reason: 'Changed my mind' });
  });
});

describe('Idempotency-Key', () => {
  let suite: TestSuite;

  before(async () => {
    suite = await TestSuite.start('idempotency', [{ service: 'gateway' }], { THROTTLE_AUTH_LIMIT: '1000' });
  });
  after(() => suite?.stop());

  it('replays the first response for the same key and body, creating nothing new', async () => {
    const user = await suite.users.applicant();
    const headers = { 'idempotency-key': 'create-1' };
    const first = await user.http.post('/v1/applications', applicationBody(), headers);
    const second = await user.http.post('/v1/applications', applicationBody(), headers);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal((await user.http.get('/v1/applications')).body.total, 1);
  });

  it('answers 422 for the same key with a different body', async () => {
    const user = await suite.users.applicant();
    await user.http.post('/v1/applications', applicationBody(), { 'idempotency-key': 'k' });
    const reused = await user.http.post('/v1/applications', applicationBody({ loan: { amount: 5000 } }), { 'idempotency-key': 'k' });
    assert.deepEqual([reused.status, reused.body.code], [422, 'IDEMPOTENCY_KEY_REUSED']);
  });

  it('scopes keys to the caller', async () => {
    const [a, b] = [await suite.users.applicant(), await suite.users.applicant()];
    const fromA = await a.http.post('/v1/applications', applicationBody(), { 'idempotency-key': 'shared' });
    const fromB = await b.http.post('/v1/applications', applicationBody(), { 'idempotency-key': 'shared' });
    assert.equal(fromB.status, 201);
    assert.notEqual(fromB.body.id, fromA.body.id);
  });

  it('turns twenty concurrent identical requests into one application', async () => {
    const user = await suite.users.applicant();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => user.http.post('/v1/applications', applicationBody(), { 'idempotency-key': 'burst' })),
    );
    const created = responses.filter((r) => r.status === 201);
    const inProgress = responses.filter((r) => r.status === 409);
    assert.ok(created.length >= 1);
    assert.equal(created.length + inProgress.length, 20, JSON.stringify(responses.map((r) => r.status)));
    assert.ok(inProgress.every((r) => r.body.code === 'IDEMPOTENCY_IN_PROGRESS'));
    assert.equal(new Set(created.map((r) => r.body.id)).size, 1);
    assert.equal((await user.http.get('/v1/applications')).body.total, 1);
  });

  it('replays a refused request as refused', async () => {
    const user = await suite.users.applicant();
    const first = await user.http.post('/v1/applications', applicationBody({ loan: { amount: 1 } }), { 'idempotency-key': 'bad' });
    const second = await user.http.post('/v1/applications', applicationBody({ loan: { amount: 1 } }), { 'idempotency-key': 'bad' });
    assert.equal(first.status, 400);
    assert.deepEqual([second.status, second.body.code, second.body.message], [400, first.body.code, first.body.message]);
  });
});
