import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { TestSuite } from '../support/test-suite.js';

const STRONG = 'violet-harbour-71-kite';
const unique = () => randomBytes(4).toString('hex');
const registration = (email: string, password = STRONG) => ({ email, password, fullName: 'Asha Verma', mobile: '9876543210' });

describe('security: passwords, emails, logout, caching and request ids (finding 10)', () => {
  let suite: TestSuite;

  before(async () => {
    suite = await TestSuite.start('secauth', [{ service: 'gateway' }], { THROTTLE_AUTH_LIMIT: '1000' });
  });
  after(() => suite?.stop());

  const gateway = () => suite.app('gateway').http;

  it('refuses weak passwords with WEAK_PASSWORD and creates no account', async () => {
    const weak = [
      'aaaaaaaaaa',
      'password12',
      ' '.repeat(10),
      ' '.repeat(14),
      'password1234',
      'Qwertyuiop123!',
      'aaaaaaaaaaaaaaaa',
      'abcdefghijklmn',
    ];
    for (const password of weak) {
      const email = `weak-${unique()}@example.in`;
      const refused = await gateway().post('/v1/auth/register', registration(email, password));
      assert.deepEqual([refused.status, refused.body.code], [400, 'WEAK_PASSWORD'], JSON.stringify(password));
      assert.equal((await gateway().post('/v1/auth/login', { email, password })).status, 401, 'no account was created');
    }
    const admin = await suite.users.adminUser();
    const staff = await admin.http.post('/v1/users', {
      email: `staff-${unique()}@lender.in`,
      password: 'password12',
      fullName: 'S S',
      role: 'underwriter',
    });
    assert.deepEqual([staff.status, staff.body.code], [400, 'WEAK_PASSWORD'], 'admin-created accounts follow the rule too');
    assert.equal((await gateway().post('/v1/auth/register', registration(`ok-${unique()}@example.in`))).status, 201);
  });

  it('folds full-width and upper-case emails onto one account and refuses look-alike or invisible characters', async () => {
    const local = `asha${unique()}`;
    const email = `${local}@example.in`;
    assert.equal((await gateway().post('/v1/auth/register', registration(email))).status, 201);
    const fullWidth = [...email.toUpperCase()]
      .map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c))
      .join('');
    const again = await gateway().post('/v1/auth/register', registration(fullWidth));
    assert.deepEqual([again.status, again.body.code], [409, 'EMAIL_TAKEN'], 'the full-width form is the same mailbox');
    assert.equal((await gateway().post('/v1/auth/login', { email: fullWidth, password: STRONG })).status, 200);

    const lookalikes = [
      email.replace('a', '\u0430'),
      email.replace('@', '\u200b@'),
      `${local}@ex\u0430mple.in`,
      email.replace('s', 's\u00ad'),
    ];
    for (const lookalike of lookalikes) {
      const refused = await gateway().post('/v1/auth/register', registration(lookalike));
      assert.deepEqual([refused.status, refused.body.code], [400, 'INVALID_EMAIL'], JSON.stringify(lookalike));
    }
  });

  it('refuses an access token after its logout, while another session keeps working', async () => {
    const user = await suite.users.applicant('logout');
    const other = await suite.users.login(user.email, user.password);
    assert.equal((await user.http.get('/v1/applications')).status, 200);
    assert.equal((await user.http.post('/v1/auth/logout', { refreshToken: user.refreshToken })).status, 204);
    const after = await user.http.get('/v1/applications');
    assert.deepEqual([after.status, after.body.code], [401, 'UNAUTHORIZED'], 'the logged-out access token');
    assert.equal((await other.http.get('/v1/applications')).status, 200, 'the other session');
  });

  it('marks token and personal-data responses no-store', async () => {
    const user = await suite.users.applicant('cache');
    const login = await gateway().post('/v1/auth/login', { email: user.email, password: user.password });
    const refresh = await gateway().post('/v1/auth/refresh', { refreshToken: login.body.refreshToken });
    const list = await user.http.get('/v1/applications');
    const refused = await gateway().get('/v1/applications');
    for (const [name, response] of Object.entries({ login, refresh, list, refused })) {
      assert.equal(response.headers.get('cache-control'), 'no-store', name);
    }
  });

  it('keeps a well-formed X-Request-Id and replaces any other', async () => {
    const kept = await gateway().get('/v1/nothing', { 'x-request-id': 'trace.01:ab_c-9' });
    assert.equal(kept.headers.get('x-request-id'), 'trace.01:ab_c-9');
    for (const unsafe of ['x'.repeat(65), 'a b', 'id"quote', '{"forged":1}', '../x%0d']) {
      const replaced = await gateway().get('/v1/nothing', { 'x-request-id': unsafe });
      assert.match(replaced.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/, unsafe);
      assert.equal(replaced.body.requestId, replaced.headers.get('x-request-id'));
    }
  });
});
