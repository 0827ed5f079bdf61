import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, JWT_ALGORITHM, type AccessTokenClaims, type GatewayConfig } from '@los/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import type { UserEntity } from '../users/user.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import type { TokenPairView } from './token-pair.view.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Access tokens are short-lived JWTs; refresh tokens are opaque, single-use and rotate in families. */
@Injectable()
export class TokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly jwt: JwtService,
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
  ) {}

  async issue(user: UserEntity, familyId: string = randomUUID(), manager = this.tokens.manager): Promise<TokenPairView> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      role: user.role,
      typ: 'access',
      ...(user.partnerCode ? { pc: user.partnerCode } : {}),
    };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: JWT_ALGORITHM,
      secret: this.config.JWT_SECRET,
      expiresIn: this.config.ACCESS_TOKEN_TTL_S,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      jwtid: randomUUID(),
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const now = new Date();
    await manager.insert(RefreshTokenEntity, {
      tokenHash: hashOf(refreshToken),
      familyId,
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_S * 1000),
    });
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_S };
  }

  /**
   * Marks a refresh token used and returns its row, or `reused` when it had been used before: a token
   * presented twice has leaked, so the caller revokes its whole family (and the user must log in again).
   */
  async consume(refreshToken: string, manager: EntityManager): Promise<RefreshTokenEntity | 'invalid' | 'reused'> {
    const tokenHash = hashOf(refreshToken);
    const row = await manager.findOneBy(RefreshTokenEntity, { tokenHash });
    if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return 'invalid';
    const claimed = await manager.update(RefreshTokenEntity, { tokenHash, usedAt: IsNull(), revokedAt: IsNull() }, { usedAt: new Date() });
    if (claimed.affected !== 1) {
      await manager.update(RefreshTokenEntity, { familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      return 'reused';
    }
    return row;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  findFamilyOf(refreshToken: string): Promise<RefreshTokenEntity | null> {
    return this.tokens.findOneBy({ tokenHash: hashOf(refreshToken) });
  }
}
