import { Injectable, Logger } from '@nestjs/common';
import { RedisConnection } from '../redis/redis-client.provider.js';

const key = (tokenId: string) => `los:jwt:denied:${tokenId}`;

/**
 * Ids (`jti`) of access tokens ended by a logout, kept in Redis (shared by replicas) until the token would
 * have expired anyway, so the list stays short. While Redis is unreachable the check lets tokens through:
 * a logged-out token then lives at most its remaining lifetime (ACCESS_TOKEN_TTL_S), as before this list.
 */
@Injectable()
export class AccessTokenDenyList {
  private readonly logger = new Logger(AccessTokenDenyList.name);

  constructor(private readonly redis: RedisConnection) {}

  async deny(tokenId: string, expiresAtSeconds: number): Promise<void> {
    const ttl = expiresAtSeconds - Math.floor(Date.now() / 1000);
    if (ttl > 0) await this.redis.client.set(key(tokenId), '1', 'EX', ttl);
  }

  async isDenied(tokenId: string): Promise<boolean> {
    try {
      return (await this.redis.client.exists(key(tokenId))) === 1;
    } catch (error) {
      this.logger.warn({ err: error }, 'Access-token deny list unreachable; token accepted on its signature');
      return false;
    }
  }
}
