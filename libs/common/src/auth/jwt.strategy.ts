import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ErrorCode, Role } from '@los/contracts';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { AppException } from '../errors/app.exception.js';
import { AccessTokenDenyList } from './access-token-deny-list.js';
import { JWT_ALGORITHM, type AccessTokenClaims } from './access-token.js';
import type { AuthenticatedUser } from './authenticated-user.js';

/** Bearer access tokens: algorithm pinned, issuer and audience checked, expiry enforced, logged-out ids refused. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: FeatureConfig<'auth'>,
    private readonly denyList: AccessTokenDenyList,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string, jsonwebtoken re-parses the key (through a throwing attempt) on every request.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as string,
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedUser> {
    // A token without an id could not be revoked at logout, so it is not accepted.
    if (claims.typ !== 'access' || !Object.values(Role).includes(claims.role) || typeof claims.jti !== 'string' || !claims.exp) {
      throw new AppException(ErrorCode.Unauthorized, 'Invalid access token');
    }
    if (await this.denyList.isDenied(claims.jti)) throw new AppException(ErrorCode.Unauthorized, 'This access token was logged out');
    return { id: claims.sub, role: claims.role, partnerCode: claims.pc ?? null, token: { id: claims.jti, expiresAt: claims.exp } };
  }
}
