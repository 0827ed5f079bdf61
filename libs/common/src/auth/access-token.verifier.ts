import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode, Role } from '@los/contracts';
import { createSecretKey } from 'node:crypto';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { AppException } from '../errors/app.exception.js';
import { AccessTokenDenyList } from './access-token-deny-list.js';
import { JWT_ALGORITHM, type AccessTokenClaims } from './access-token.js';
import type { AuthenticatedUser } from './authenticated-user.js';

// How passport-jwt read the header before: a scheme, blanks, a token (the scheme matched case-insensitively).
const AUTHORIZATION = /(\S+)\s+(\S+)/;
/** Bounds the memory of checked signatures; past it the oldest entry goes. */
export const CHECKED_TOKENS_KEPT = 10_000;

/** Bearer access tokens: algorithm pinned, issuer and audience checked, expiry enforced, logged-out ids refused. */
@Injectable()
export class AccessTokenVerifier {
  private readonly jwt: JwtService;
  /**
   * Claims of tokens whose signature, issuer and audience passed, by token text: those never change for a text,
   * so they are checked once; expiry and the deny list are checked on every use.
   */
  private readonly checked = new Map<string, AccessTokenClaims>();

  constructor(
    @Inject(APP_CONFIG) config: FeatureConfig<'auth'>,
    private readonly denyList: AccessTokenDenyList,
  ) {
    this.jwt = new JwtService({
      // A KeyObject: given a string, jsonwebtoken re-parses the key (through a throwing attempt) on every request.
      secret: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as string,
      verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, ignoreExpiration: false },
    });
  }

  /** The caller named by an `Authorization: Bearer <token>` header; any failure is the same Unauthorized. */
  async authenticate(authorization: unknown): Promise<AuthenticatedUser> {
    try {
      return await this.validate(this.verify(bearerToken(authorization)));
    } catch {
      throw new AppException(ErrorCode.Unauthorized, 'A valid access token is required');
    }
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedUser> {
    // A token without an id could not be revoked at logout, so it is not accepted.
    if (claims.typ !== 'access' || !Object.values(Role).includes(claims.role) || typeof claims.jti !== 'string' || !claims.exp) {
      throw new AppException(ErrorCode.Unauthorized, 'Invalid access token');
    }
    if (await this.denyList.isDenied(claims.jti)) throw new AppException(ErrorCode.Unauthorized, 'This access token was logged out');
    return { id: claims.sub, role: claims.role, partnerCode: claims.pc ?? null, token: { id: claims.jti, expiresAt: claims.exp } };
  }

  private verify(token: string): AccessTokenClaims {
    const known = this.checked.get(token);
    // jsonwebtoken's own rule: expired once the clock's whole second reaches `exp`.
    if (known) {
      if (typeof known.exp === 'number' && Math.floor(Date.now() / 1000) < known.exp) return known;
      this.checked.delete(token);
    }
    const claims = this.jwt.verify<AccessTokenClaims & object>(token);
    if (typeof claims.exp !== 'number') return claims;
    if (this.checked.size >= CHECKED_TOKENS_KEPT) this.checked.delete(this.checked.keys().next().value!);
    this.checked.set(token, claims);
    return claims;
  }
}

function bearerToken(authorization: unknown): string {
  const parts = typeof authorization === 'string' ? AUTHORIZATION.exec(authorization) : null;
  if (!parts || parts[1].toLowerCase() !== 'bearer') throw new Error('No bearer token');
  return parts[2];
}
