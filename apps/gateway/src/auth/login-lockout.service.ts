import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RedisConnection, type AppConfig } from '@los/common';
import { createHmac } from 'node:crypto';

// One round trip: count the failure in its window; at the threshold, lock the account and start counting afresh.
const RECORD_FAILURE = `
local failures = redis.call('INCR', KEYS[1])
if failures == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
if failures >= tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'EX', ARGV[3])
  redis.call('DEL', KEYS[1])
end
return failures`;

export interface FailureRecord {
  failures: number;
  locked: boolean;
}

/**
 * Failed logins counted per account (by email, known or not, so a lock tells nothing about which emails
 * exist) in Redis, shared by the gateway replicas: after LOGIN_LOCK_THRESHOLD failures within
 * LOGIN_FAILURE_WINDOW_S the account is locked for LOGIN_LOCK_S, then opens again by itself.
 */
@Injectable()
export class LoginLockoutService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnection,
  ) {}

  /** A keyed hash of the normalised email: what keys and log lines name instead of the address. */
  accountKey(email: string): string {
    return createHmac('sha256', this.config.JWT_SECRET).update(`login:${email}`).digest('hex').slice(0, 32);
  }

  /** Seconds left on the account's lock, 0 when it is open. */
  async lockedForSeconds(account: string): Promise<number> {
    const ms = await this.redis.client.pttl(this.lockKey(account));
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  async recordFailure(account: string): Promise<FailureRecord> {
    const failures = Number(
      await this.redis.client.eval(
        RECORD_FAILURE,
        2,
        this.failuresKey(account),
        this.lockKey(account),
        this.config.LOGIN_FAILURE_WINDOW_S,
        this.config.LOGIN_LOCK_THRESHOLD,
        this.config.LOGIN_LOCK_S,
      ),
    );
    return { failures, locked: failures >= this.config.LOGIN_LOCK_THRESHOLD };
  }

  async recordSuccess(account: string): Promise<void> {
    await this.redis.client.del(this.failuresKey(account));
  }

  private failuresKey = (account: string) => `los:login:${account}:failures`;
  private lockKey = (account: string) => `los:login:${account}:lock`;
}
