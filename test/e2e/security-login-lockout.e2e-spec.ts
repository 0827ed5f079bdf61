import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '../support/eventually.js';
import { TEST_STATE_DIR } from '../support/test-infra.js';
import { TestSuite } from '../support/test-suite.js';

const LOCK_S = 3;
/** Documentation addresses (RFC 5737), named in X-Forwarded-For as a proxy would: no traffic goes there. */
const from = (address: string) => ({ 'x-forwarded-for': address });

describe('security: per-account login protection (finding 7)', () => {
  let suite: TestSuite;

  before(async () => {
    suite = await TestSuite.start('seclogin', [{ service: 'gateway' }], {
      TRUST_PROXY: 'true',
      THROTTLE_AUTH_LIMIT: '1000',
      LOGIN_LOCK_THRESHOLD: '10',
      LOGIN_FAILURE_WINDOW_S: '900',
      LOGIN_LOCK_S: String(LOCK_S),
    });
  });
  after(() => suite?.stop());

  const login = (email: string, password: string, address: string) =>
    suite.app('gateway').http.post('/v1/auth/login', { email, password }, from(address));

  it('locks an account after 10 wrong passwords from two addresses, refuses the right one from a third, then opens again', async () => {
    const owner = await suite.users.applicant('owner');
    const wrongPassword = 'Wrong-guess-7f3a91';
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await login(owner.email, wrongPassword, i % 2 ? '203.0.113.1' : '203.0.113.2')).status);
    assert.deepEqual(statuses, [...Array(10).fill(401), ...Array(11).fill(429)]);

    const locked = await login(owner.email, owner.password, '198.51.100.7');
    assert.deepEqual([locked.status, locked.body.code], [429, 'ACCOUNT_LOCKED'], 'the right password during the lock');
    const retryAfter = Number(locked.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= LOCK_S, `Retry-After ${retryAfter}`);

    const opened = await eventually(
      () => login(owner.email, owner.password, '198.51.100.7'),
      (r) => r.status !== 429,
      { timeoutMs: (LOCK_S + 5) * 1000, intervalMs: 500, what: 'the lock to expire' },
    );
    assert.equal(opened.status, 200, 'the owner signs in once the lock has expired');

    const log = readFileSync(join(TEST_STATE_DIR, 'logs', 'gateway.log'), 'utf8');
    const failedLines = log.split('\n').filter((line) => line.includes('"login.failed"') && line.includes(owner.id));
    assert.equal(failedLines.length, 10, 'each failure is logged with the user id');
    assert.ok(!log.includes(wrongPassword), 'no password in the log');
    assert.ok(!failedLines.some((line) => line.includes(owner.email)), 'no email in the failure lines');
  });

  it('locks an unknown email the same way, so a lock does not tell which emails exist', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await login('nobody-here@example.in', 'Wrong-guess-7f3a91', '203.0.113.3')).status);
    assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
  });

  it('checks at most 10 passwords when 30 guesses arrive at once', async () => {
    const target = await suite.users.applicant('parallel');
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(target.email, `Wrong-guess-${i}-7f3a91`, `203.0.113.${100 + (i % 5)}`)),
    );
    const statuses = guesses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [...Array(10).fill(401), ...Array(20).fill(429)]);
  });

  it('does not lock out other users behind the same address', async () => {
    const [victim, neighbour] = [await suite.users.applicant('victim'), await suite.users.applicant('neighbour')];
    for (let i = 0; i < 10; i++) assert.equal((await login(victim.email, 'Wrong-guess-7f3a91', '203.0.113.50')).status, 401);
    assert.equal((await login(victim.email, victim.password, '203.0.113.50')).status, 429);
    assert.equal((await login(neighbour.email, neighbour.password, '203.0.113.50')).status, 200);
  });

  it('forgets earlier failures after a successful login', async () => {
    const user = await suite.users.applicant('forgetful');
    for (let i = 0; i < 9; i++) assert.equal((await login(user.email, 'Wrong-guess-7f3a91', '203.0.113.60')).status, 401);
    assert.equal((await login(user.email, user.password, '203.0.113.60')).status, 200);
    assert.equal((await login(user.email, 'Wrong-guess-7f3a91', '203.0.113.60')).status, 401, 'the count started afresh');
    assert.equal((await login(user.email, user.password, '203.0.113.60')).status, 200);
  });
});
