import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '@los/contracts';
import type { FeatureConfig } from '../config/load-config.js';
import type { AccessTokenDenyList } from './access-token-deny-list.js';
import type { AccessTokenClaims } from './access-token.js';
import { JwtStrategy } from './jwt.strategy.js';

const config = { JWT_SECRET: 'x'.repeat(32), JWT_ISSUER: 'los-gateway', JWT_AUDIENCE: 'los-api' } as FeatureConfig<'auth'>;
const denied = new Set(['logged-out']);
const denyList = { isDenied: async (id: string) => denied.has(id) } as AccessTokenDenyList;
const sut = new JwtStrategy(config, denyList);
const claims: AccessTokenClaims = { sub: 'u-1', role: Role.Applicant, typ: 'access', jti: 'live', exp: 2_000_000_000 };

describe('JwtStrategy.validate', () => {
  it('returns the caller with the token id and expiry', async () => {
    assert.deepEqual(await sut.validate(claims), {
      id: 'u-1',
      role: Role.Applicant,
      partnerCode: null,
      token: { id: 'live', expiresAt: 2_000_000_000 },
    });
  });

  it('refuses a logged-out token id and a token without an id', async () => {
    await assert.rejects(sut.validate({ ...claims, jti: 'logged-out' }), { code: 'UNAUTHORIZED' });
    await assert.rejects(sut.validate({ ...claims, jti: undefined }), { code: 'UNAUTHORIZED' });
  });
});
