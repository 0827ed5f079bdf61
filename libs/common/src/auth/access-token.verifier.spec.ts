import 'reflect-metadata';
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@los/contracts';
import type { FeatureConfig } from '../config/load-config.js';
import type { AccessTokenDenyList } from './access-token-deny-list.js';
import type { AccessTokenClaims } from './access-token.js';
import { AccessTokenVerifier } from './access-token.verifier.js';

const config = { JWT_SECRET: 'x'.repeat(32), JWT_ISSUER: 'los-gateway', JWT_AUDIENCE: 'los-api' } as FeatureConfig<'auth'>;
const denied = new Set(['logged-out']);
const denyList = { isDenied: async (id: string) => denied.has(id) } as AccessTokenDenyList;
const sut = new AccessTokenVerifier(config, denyList);
const claims: AccessTokenClaims = { sub: 'u-1', role: Role.Applicant, typ: 'access', jti: 'live', exp: 2_000_000_000 };

const signer = new JwtService({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } });
const sign = (payload: object, options: { secret?: string; issuer?: string; expiresIn?: number } = {}) =>
  signer.sign(payload, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, expiresIn: 900, ...options });
const unauthorized = { code: 'UNAUTHORIZED', message: 'A valid access token is required' };

describe('AccessTokenVerifier.validate', () => {
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

describe('AccessTokenVerifier.authenticate', () => {
  const { exp: _exp, ...payload } = claims;

  it('accepts a signed bearer token, the scheme in any case', async () => {
    const token = sign(payload);
    assert.equal((await sut.authenticate(`Bearer ${token}`)).id, 'u-1');
    assert.equal((await sut.authenticate(`bearer   ${token}`)).id, 'u-1');
  });

  it('refuses a missing header, another scheme, a forged signature and a foreign issuer', async () => {
    for (const header of [
      undefined,
      '',
      `Basic ${sign(payload)}`,
      `Bearer ${sign(payload, { secret: 'y'.repeat(32) })}`,
      `Bearer ${sign(payload, { issuer: 'elsewhere' })}`,
    ]) {
      await assert.rejects(sut.authenticate(header), unauthorized);
    }
  });

  it('refuses a token once it has expired or been logged out, though its signature was checked before', async () => {
    const verifier = new AccessTokenVerifier(config, denyList);
    const now = Date.now();
    mock.timers.enable({ apis: ['Date'], now });
    try {
      const token = sign({ ...payload, jti: 'soon-out' }, { expiresIn: 60 });
      assert.equal((await verifier.authenticate(`Bearer ${token}`)).token?.id, 'soon-out');
      denied.add('soon-out');
      await assert.rejects(verifier.authenticate(`Bearer ${token}`), unauthorized);
      denied.delete('soon-out');
      assert.equal((await verifier.authenticate(`Bearer ${token}`)).token?.id, 'soon-out');
      mock.timers.tick(61_000);
      await assert.rejects(verifier.authenticate(`Bearer ${token}`), unauthorized);
    } finally {
      mock.timers.reset();
    }
  });
});
