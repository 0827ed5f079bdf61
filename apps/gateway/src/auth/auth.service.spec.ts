import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Logger } from '@nestjs/common';
import type { AccessTokenDenyList, AppException } from '@los/common';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../users/password-hasher.js';
import type { UserEntity } from '../users/user.entity.js';
import type { UsersService } from '../users/users.service.js';
import { AccountLockedException } from './account-locked.exception.js';
import { AuthService } from './auth.service.js';
import type { LoginLockoutService } from './login-lockout.service.js';
import type { TokenService } from './token.service.js';

const PASSWORD = 'violet-harbour-71-kite';

async function setUp({ lockedFor = 0 } = {}) {
  const user = { id: 'u-1', email: 'asha@example.in', passwordHash: await hashPassword(PASSWORD) } as UserEntity;
  const calls: string[] = [];
  const warnings: unknown[] = [];
  const lockout = {
    accountKey: (email: string) => (email === 'asha@example.in' ? 'k-asha' : 'k-other'),
    begin: async (account: string) => (calls.push(`begin ${account}`), { number: 3, lockedForSeconds: lockedFor }),
    failed: async (account: string) => (calls.push(`failed ${account}`), false),
    succeeded: async (account: string) => void calls.push(`succeeded ${account}`),
  } as unknown as LoginLockoutService;
  const users = { findByEmail: async (email: string) => (email === user.email ? user : null) } as unknown as UsersService;
  const tokens = { issue: async () => ({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 }) } as unknown as TokenService;
  const sut = new AuthService(users, tokens, lockout, {} as AccessTokenDenyList, {} as DataSource);
  (sut as unknown as { logger: Logger }).logger = { warn: (entry: unknown) => warnings.push(entry) } as unknown as Logger;
  return { sut, calls, warnings };
}

describe('AuthService.login with per-account protection', () => {
  it('refuses a locked account before checking the password, even the right one', async () => {
    const { sut, calls } = await setUp({ lockedFor: 42 });
    await assert.rejects(sut.login({ email: 'asha@example.in', password: PASSWORD }, '203.0.113.1'), (error: AccountLockedException) => {
      assert.ok(error instanceof AccountLockedException);
      assert.deepEqual([error.code, error.statusCode, error.retryAfterSeconds], ['ACCOUNT_LOCKED', 429, 42]);
      return true;
    });
    assert.deepEqual(calls, ['begin k-asha'], 'no password check, nothing else counted');
  });

  it('counts and logs a wrong password under the account key, without the password or email', async () => {
    const { sut, calls, warnings } = await setUp();
    await assert.rejects(sut.login({ email: 'asha@example.in', password: 'wrong-guess-123' }, '203.0.113.1'), (error: AppException) => {
      assert.equal(error.code, 'INVALID_CREDENTIALS');
      return true;
    });
    assert.deepEqual(calls, ['begin k-asha', 'failed k-asha']);
    assert.equal(warnings.length, 1);
    const line = JSON.stringify(warnings[0]);
    assert.match(line, /"event":"login.failed".*"userId":"u-1".*"ip":"203.0.113.1".*"failures":3/);
    assert.ok(!line.includes('wrong-guess-123') && !line.includes('asha@example.in'));
  });

  it('counts an unknown email like a wrong password', async () => {
    const { sut, calls } = await setUp();
    await assert.rejects(sut.login({ email: 'nobody@example.in', password: PASSWORD }, '203.0.113.1'));
    assert.deepEqual(calls, ['begin k-other', 'failed k-other']);
  });

  it('clears the failures of an account on success', async () => {
    const { sut, calls } = await setUp();
    assert.equal((await sut.login({ email: 'asha@example.in', password: PASSWORD }, '203.0.113.1')).accessToken, 'a');
    assert.deepEqual(calls, ['begin k-asha', 'succeeded k-asha']);
  });
});
