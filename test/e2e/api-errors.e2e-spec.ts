import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { TestSuite } from '../support/test-suite.js';

interface FieldError {
  field: string;
  code: string;
  message: string;
}

const fieldsOf = (body: { errors?: FieldError[] }) => (body.errors ?? []).map((error) => [error.field, error.code]);

/** The API conventions over HTTP: one error shape listing every field, 404/405/409/415, ETag, RateLimit, cursors. */
describe('API conventions over HTTP', () => {
  let suite: TestSuite;
  let applicant: TestUser;

  before(async () => {
    suite = await TestSuite.start('apierrors', [{ service: 'gateway' }], { THROTTLE_AUTH_LIMIT: '1000' });
    applicant = await suite.users.applicant('conventions');
  });
  after(() => suite?.stop());

  const gateway = () => suite.app('gateway').http;
  const newApplication = async (user: TestUser, loan: object = {}) => {
    const created = await user.http.post('/v1/applications', applicationBody({ loan }));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id as string;
  };

  it('reports every failing field of a body, nested ones by their path once', async () => {
    const id = await newApplication(applicant);
    const kyc = `/v1/applications/${id}/kyc`;
    const base = {
      otpRequestId: randomUUID(),
      otp: '123456',
      pan: 'ABCPV1234F',
      address: { line1: '7 MG Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560034' },
      consent: { given: true, textVersion: 'kyc-consent-v3', at: new Date().toISOString() },
    };
    const { consent: _omitted, ...withoutConsent } = base;
    const both = await applicant.http.post(kyc, { ...withoutConsent, pan: 'ABCCV1234F' });
    assert.equal(both.status, 400);
    assert.equal(both.body.code, 'INVALID_PAN');
    assert.deepEqual(fieldsOf(both.body), [
      ['pan', 'INVALID_PAN'],
      ['consent', 'VALIDATION_FAILED'],
    ]);
    assert.ok(!JSON.stringify(both.body).includes('ABCCV1234F'), 'no PAN echoed');

    const nested = await applicant.http.post(kyc, { ...base, consent: { ...base.consent, given: false } });
    assert.deepEqual([nested.status, nested.body.code], [400, 'VALIDATION_FAILED']);
    assert.deepEqual(nested.body.errors, [{ field: 'consent.given', code: 'VALIDATION_FAILED', message: 'consent.given must be true' }]);
    assert.doesNotMatch(nested.body.message, /consent\.consent/);

    const aadhaar = await applicant.http.post(`/v1/applications/${id}/kyc/aadhaar-otp`, { aadhaar: '123456789012', consent: true });
    assert.deepEqual([aadhaar.status, aadhaar.body.code], [400, 'INVALID_AADHAAR']);
    assert.deepEqual(fieldsOf(aadhaar.body).sort(), [
      ['aadhaar', 'INVALID_AADHAAR'],
      ['consent', 'VALIDATION_FAILED'],
    ]);
    assert.ok(!JSON.stringify(aadhaar.body).includes('123456789012'), 'no Aadhaar echoed');
  });

  it("refuses a company's PAN with INVALID_PAN naming the field, storing nothing", async () => {
    const before = (await applicant.http.get('/v1/applications?limit=1')).body.total;
    const company = await applicant.http.post('/v1/applications', applicationBody({ applicant: { pan: 'AAACR5055K', mobile: '5' } }));
    assert.deepEqual([company.status, company.body.code], [400, 'INVALID_PAN']);
    assert.deepEqual(fieldsOf(company.body), [
      ['applicant.mobile', 'VALIDATION_FAILED'],
      ['applicant.pan', 'INVALID_PAN'],
    ]);
    assert.equal((await applicant.http.get('/v1/applications?limit=1')).body.total, before);
  });

  it('answers a known path with another method 405 and Allow; an unknown path stays 404', async () => {
    const put = await applicant.http.raw('PUT', '/v1/applications', JSON.stringify(applicationBody()));
    assert.deepEqual([put.status, put.body.code], [405, 'METHOD_NOT_ALLOWED']);
    assert.deepEqual(put.headers.get('allow')?.split(', ').sort(), ['GET', 'HEAD', 'POST']);
    assert.match(put.body.requestId, /\S/);
    const login = await gateway().get('/v1/auth/login');
    assert.deepEqual([login.status, login.headers.get('allow')], [405, 'POST']);
    const cancel = await applicant.http.raw('DELETE', `/v1/applications/${randomUUID()}/cancel`, '{}');
    assert.deepEqual([cancel.status, cancel.headers.get('allow')], [405, 'POST']);
    const unknown = await applicant.http.raw('PUT', '/v1/nothing-here', '{}');
    assert.deepEqual([unknown.status, unknown.body.code, unknown.headers.get('allow')], [404, 'ROUTE_NOT_FOUND', null]);
  });

  it('refuses a text/plain body with 415, storing nothing', async () => {
    const before = (await applicant.http.get('/v1/applications?limit=1')).body.total;
    const text = await applicant.http.raw('POST', '/v1/applications', JSON.stringify(applicationBody()), { 'content-type': 'text/plain' });
    assert.deepEqual([text.status, text.body.code], [415, 'UNSUPPORTED_MEDIA_TYPE']);
    assert.equal((await applicant.http.get('/v1/applications?limit=1')).body.total, before);
  });

  it('tells an unknown offer and a KFS before acceptance apart from a missing application', async () => {
    const id = await newApplication(applicant);
    const offer = await applicant.http.post(`/v1/applications/${id}/offers/${randomUUID()}/accept`, {});
    assert.deepEqual([offer.status, offer.body.code], [404, 'OFFER_NOT_FOUND']);
    const early = await applicant.http.get(`/v1/applications/${id}/kfs`);
    assert.deepEqual([early.status, early.body.code], [409, 'KFS_NOT_AVAILABLE']);
    const missing = await applicant.http.get(`/v1/applications/${randomUUID()}/kfs`);
    assert.deepEqual([missing.status, missing.body.code], [404, 'NOT_FOUND']);
  });

  it('ignores unknown query parameters on lists and reads, but still refuses unknown body fields', async () => {
    const id = await newApplication(applicant);
    const list = await applicant.http.get('/v1/applications?_=123&limit=5');
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.equal(list.body.limit, 5);
    const read = await applicant.http.get(`/v1/applications/${id}?_=123`);
    assert.deepEqual([read.status, read.body.id], [200, id]);
    const timeline = await applicant.http.get(`/v1/applications/${id}/timeline?_=123`);
    assert.equal(timeline.status, 200);
    const stillChecked = await applicant.http.get('/v1/applications?_=123&limit=101');
    assert.deepEqual(fieldsOf(stillChecked.body), [['limit', 'VALIDATION_FAILED']]);
    const body = await applicant.http.post('/v1/applications', { ...applicationBody(), _: 123 });
    assert.deepEqual([body.status, body.body.code], [400, 'VALIDATION_FAILED']);
    assert.deepEqual(fieldsOf(body.body), [['_', 'VALIDATION_FAILED']]);
  });

  it('tags an application read with an ETag: If-None-Match answers 304 until the application changes', async () => {
    const id = await newApplication(applicant);
    const first = await applicant.http.get(`/v1/applications/${id}`);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]+"$/);
    assert.match(first.headers.get('vary') ?? '', /authorization/i);
    const again = await applicant.http.get(`/v1/applications/${id}`, { 'if-none-match': etag! });
    assert.equal(again.status, 304);
    assert.equal(again.body, undefined);
    assert.equal(again.headers.get('etag'), etag);
    const other = await applicant.http.get(`/v1/applications/${id}`, { 'if-none-match': '"not-this-one"' });
    assert.deepEqual([other.status, other.body.id], [200, id]);

    const staff = await suite.users.withRole('underwriter');
    const staffView = await staff.http.get(`/v1/applications/${id}`, { 'if-none-match': etag! });
    assert.equal(staffView.status, 200, "another role's view is another representation");
    assert.notEqual(staffView.headers.get('etag'), etag);

    assert.equal((await applicant.http.post(`/v1/applications/${id}/cancel`, { reason: 'changed my mind' })).status, 200);
    const changed = await applicant.http.get(`/v1/applications/${id}`, { 'if-none-match': etag! });
    assert.deepEqual([changed.status, changed.body.status], [200, 'CANCELLED']);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('marks token answers no-store and names rate limits with RateLimit and RateLimit-Policy', async () => {
    const login = await gateway().post('/v1/auth/login', { email: applicant.email, password: applicant.password });
    assert.equal(login.status, 200);
    assert.equal(login.headers.get('cache-control'), 'no-store');
    assert.match(login.headers.get('ratelimit-policy') ?? '', /^"default";q=1000;w=\d+$/);
    const [, remaining] = /^"default";r=(\d+);t=\d+$/.exec(login.headers.get('ratelimit') ?? '') ?? [];
    assert.ok(Number(remaining) < 1000, `RateLimit ${login.headers.get('ratelimit')}`);
    assert.deepEqual(
      [...login.headers.keys()].filter((name) => name.startsWith('x-ratelimit')),
      [],
    );
    const refresh = await gateway().post('/v1/auth/refresh', { refreshToken: applicant.refreshToken });
    assert.equal(refresh.headers.get('cache-control'), 'no-store');
    const preview = await gateway().post('/v1/emi/preview', { principal: 20000, annualRatePercent: 15, tenureMonths: 24 });
    assert.match(preview.headers.get('ratelimit-policy') ?? '', /^"preview";q=\d+;w=\d+$/);
    assert.match(preview.headers.get('ratelimit') ?? '', /^"preview";r=\d+;t=\d+$/);
  });

  it('pages by cursor over every item exactly once, keeping offset pages for one version', async () => {
    const user = await suite.users.applicant('cursor');
    const created = new Set<string>();
    for (let i = 0; i < 5; i++) created.add(await newApplication(user, { amount: 20_000 + (i % 2) * 1_000 }));
    for (const sort of ['createdAt', 'amount']) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const query: string = `/v1/applications?limit=2&sort=${sort}&order=asc${after ? `&after=${after}` : ''}`;
        const page = await user.http.get(query);
        assert.equal(page.status, 200, JSON.stringify(page.body));
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        assert.equal(page.body.hasMore, page.body.nextCursor !== null);
        after = page.body.nextCursor;
        pages++;
      } while (after && pages < 10);
      assert.equal(pages, 3, sort);
      assert.equal(seen.length, 5, sort);
      assert.deepEqual(new Set(seen), created, sort);
    }
    const last = await user.http.get('/v1/applications?limit=5');
    assert.deepEqual([last.body.items.length, last.body.hasMore, last.body.nextCursor], [5, false, null]);
    const offset = await user.http.get('/v1/applications?limit=2&page=3');
    assert.deepEqual([offset.body.items.length, offset.body.total, offset.body.page, offset.body.hasMore], [1, 5, 3, false]);

    const first = await user.http.get('/v1/applications?limit=2');
    const otherSort = await user.http.get(`/v1/applications?limit=2&sort=amount&after=${first.body.nextCursor}`);
    assert.deepEqual([otherSort.status, otherSort.body.code], [400, 'INVALID_CURSOR']);
    const forged = await user.http.get('/v1/applications?after=bm90LWEtY3Vyc29y');
    assert.deepEqual([forged.status, forged.body.code], [400, 'INVALID_CURSOR']);
  });
});
