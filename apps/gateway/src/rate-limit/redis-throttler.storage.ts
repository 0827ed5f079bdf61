import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { RedisConnection } from '@los/common';

// One round trip: count the hit, and start a block once the limit is passed.
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blocked} end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}`;

/**
 * Rate-limit counters in Redis so a limit holds across gateway replicas. (The community Redis storage
 * does not yet declare support for NestJS 12, hence this small one.)
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly client: Redis & { losThrottleIncrement: (...args: Array<string | number>) => Promise<number[]> };

  constructor(redis: RedisConnection) {
    // A defined command is sent as EVALSHA (EVAL once if Redis has not cached it), not the script text per request.
    redis.client.defineCommand('losThrottleIncrement', { numberOfKeys: 2, lua: INCREMENT });
    this.client = redis.client as typeof this.client;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const prefix = `los:throttle:${throttlerName}:${key}`;
    const [totalHits, ttlMs, isBlocked, blockMs] = await this.client.losThrottleIncrement(
      `${prefix}:hits`,
      `${prefix}:block`,
      ttl,
      limit,
      blockDuration || ttl,
    );
    return {
      totalHits,
      timeToExpire: Math.max(0, Math.ceil(ttlMs / 1000)),
      isBlocked: isBlocked === 1,
      timeToBlockExpire: Math.max(0, Math.ceil(blockMs / 1000)),
    };
  }
}
