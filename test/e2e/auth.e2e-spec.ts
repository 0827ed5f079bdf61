import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { TEST_JWT_SECRET } from '../support/gateway-users.js';
import { TestSuite } from '../support/test-suite.js';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function signHs256(header: object, payload: object, secret = TEST_JWT_SECRET): string {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('authentication and tokens', () => {
  let suite: TestSuite;

  before(async () => {
    suite = await TestSuite.start('auth', [{ service: 'gateway' }], { THROTTLE_AUTH_LIMIT: '1000' });
  });
  after(() => suite?.stop());

  const gateway = () => suite.app('gateway').http;

  it('registers an applicant and signs them in with a token pair', async () => {
    const user = await suite.users.applicant();
    const me = await user.http.post('/v1/applications', {});
    assert.equal(me.status, 400, 'an authenticated applicant reaches validation');
    const login = await gateway().post('/v1/auth/login', { email: user.email, password: user.password });
    assert.equal(login.status, 200);
    assert.equal(login.body.expiresIn, 900);
    assert.ok(login.body.accessToken && login.body.refreshToken);
  });

  it('refuses weak passwords, bad mobiles and taken emails', async () => {
    const weak = await gateway().post('/v1/auth/register', {
      email: 'w@example.in',
      password: 'short',
      fullName: 'W W',
      mobile: '9876543210',
    });
    assert.deepEqual([weak.status, weak.body.code], [400, 'WEAK_PASSWORD']);
    const mobile = await gateway().post('/v1/auth/register', {
      email: 'm@example.in',
      password: 'long-enough-pw',
      fullName: 'M M',
      mobile: '5876543210',
    });
    assert.equal(mobile.status, 400);
    const user = await suite.users.applicant();
    const taken = await gateway().post('/v1/auth/register', {
      email: user.email.toUpperCase(),
      password: 'long-enough-pw',
      fullName: 'X Y',
      mobile: '9876543210',
    });
    assert.deepEqual([taken.status, taken.body.code], [409, 'EMAIL_TAKEN']);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const user = await suite.users.applicant();
    const wrong = await gateway().post('/v1/auth/login', { email: user.email, password: 'not-the-password' });
    const unknown = await gateway().post('/v1/auth/login', { email: 'nobody@example.in', password: 'not-the-password' });
    assert.equal(wrong.status, 401);
    assert.deepEqual({ ...wrong.body, requestId: '' }, { ...unknown.body, requestId: '' });
  });

  it('rotates refresh tokens, and a reused one revokes its whole family', async () => {
    const user = await suite.users.applicant();
    const first = await gateway().post('/v1/auth/refresh', { refreshToken: user.refreshToken });
    assert.equal(first.status, 200);
    assert.notEqual(first.body.refreshToken, user.refreshToken);
    const reuse = await gateway().post('/v1/auth/refresh', { refreshToken: user.refreshToken });
    assert.deepEqual([reuse.status, reuse.body.code], [401, 'UNAUTHORIZED']);
    const descendant = await gateway().post('/v1/auth/refresh', { refreshToken: first.body.refreshToken });
    assert.equal(descendant.status, 401, 'the family was revoked when the old token came back');
  });

  it('logs out by revoking the session', async () => {
    const user = await suite.users.applicant();
    const out = await user.http.post('/v1/auth/logout', { refreshToken: user.refreshToken });
    assert.equal(out.status, 204);
    assert.equal((await gateway().post('/v1/auth/refresh', { refreshToken: user.refreshToken })).status, 401);
  });

  it('rejects expired, unsigned, wrong-audience, wrong-issuer, tampered and id-less tokens', async () => {
    const user = await suite.users.applicant();
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: user.id,
      role: 'admin',
      typ: 'access',
      iss: 'los-gateway',
      aud: 'los-api',
      iat: now,
      exp: now + 600,
      jti: randomUUID(),
    };
    const header = { alg: 'HS256', typ: 'JWT' };
    const [h, p, s] = user.token.split('.');
    const tokens = {
      valid: signHs256(header, claims),
      expired: signHs256(header, { ...claims, iat: now - 1000, exp: now - 10 }),
      algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      wrongAudience: signHs256(header, { ...claims, aud: 'another-api' }),
      wrongIssuer: signHs256(header, { ...claims, iss: 'evil' }),
      wrongKey: signHs256(header, claims, 'another-secret-another-secret-another'),
      tampered: `${h}.${b64({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), role: 'admin' })}.${s}`,
      refreshTyped: signHs256(header, { ...claims, typ: 'refresh' }),
      withoutId: signHs256(header, { ...claims, jti: undefined }),
    };
    const probe = (token: string) => gateway().get('/v1/applications', { authorization: `Bearer ${token}` });
    assert.equal((await probe(tokens.valid)).status, 200, 'control: a correctly signed token works');
    for (const [name, token] of Object.entries(tokens).filter(([name]) => name !== 'valid')) {
      const response = await probe(token);
      assert.deepEqual([response.status, response.body.code], [401, 'UNAUTHORIZED'], name);
    }
    assert.equal((await gateway().get('/v1/applications')).status, 401, 'no token');
  });
});

describe('login rate limit shared by two gateway replicas', () => {
  let suite: TestSuite;

  before(async () => {
    suite = await TestSuite.start('ratelimit', [{ service: 'gateway' }, { service: 'gateway' }], {
      THROTTLE_AUTH_LIMIT: '5',
      THROTTLE_AUTH_TTL_MS: '60000',
    });
  });
  after(() => suite?.stop());

  it('counts attempts on either replica and answers 429 with Retry-After', async () => {
    const attempt = (replica: number) =>
      suite.app('gateway', replica).http.post('/v1/auth/login', { email: 'x@example.in', password: 'whatever-pass' });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(i % 2)).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401]);
    const limited = await attempt(1);
    assert.deepEqual([limited.status, limited.body.code], [429, 'TOO_MANY_REQUESTS']);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal((await attempt(0)).status, 429);
  });
});
