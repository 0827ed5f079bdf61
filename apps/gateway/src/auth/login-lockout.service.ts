import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RedisConnection, type GatewayConfig } from '@los/common';
import { createHmac } from 'node:crypto';

// One round trip: a locked account answers its lock; otherwise the attempt is numbered before its password is
// checked, so parallel guesses cannot all slip in before the lock: past the threshold they lock at once.
const BEGIN_ATTEMPT = `
local locked = redis.call('PTTL', KEYS[2])
if locked > 0 then return {0, locked} end
local attempt = redis.call('INCR', KEYS[1])
if attempt == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
if attempt > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'EX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {attempt, tonumber(ARGV[3]) * 1000}
end
return {attempt, 0}`;

export interface LoginAttempt {
  /** Attempts since the last success within the window, this one included. */
  number: number;
  /** Seconds left on the account's lock; 0 when the password may be checked. */
  lockedForSeconds: number;
}

/**
 * Failed logins counted per account (by email, known or not, so a lock tells nothing about which emails
 * exist) in Redis, shared by the gateway replicas: LOGIN_LOCK_THRESHOLD failures within LOGIN_FAILURE_WINDOW_S
 * lock the account for LOGIN_LOCK_S, after which it opens by itself. A success starts the count afresh.
 */
@Injectable()
export class LoginLockoutService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly redis: RedisConnection,
  ) {}

  /** A keyed hash of the normalised email: what keys and log lines name instead of the address. */
  accountKey(email: string): string {
    return createHmac('sha256', this.config.JWT_SECRET).update(`login:${email}`).digest('hex').slice(0, 32);
  }

  async begin(account: string): Promise<LoginAttempt> {
    const [number, lockedMs] = (await this.redis.client.eval(
      BEGIN_ATTEMPT,
      2,
      this.attemptsKey(account),
      this.lockKey(account),
      this.config.LOGIN_FAILURE_WINDOW_S,
      this.config.LOGIN_LOCK_THRESHOLD,
      this.config.LOGIN_LOCK_S,
    )) as number[];
    return { number, lockedForSeconds: lockedMs > 0 ? Math.ceil(lockedMs / 1000) : 0 };
  }

  /** After a wrong password: the attempt that reaches the threshold locks the account. Returns whether it did. */
  async failed(account: string, attempt: LoginAttempt): Promise<boolean> {
    if (attempt.number < this.config.LOGIN_LOCK_THRESHOLD) return false;
    await this.redis.client.multi().set(this.lockKey(account), '1', 'EX', this.config.LOGIN_LOCK_S).del(this.attemptsKey(account)).exec();
    return true;
  }

  async succeeded(account: string): Promise<void> {
    await this.redis.client.del(this.attemptsKey(account));
  }

  private attemptsKey = (account: string) => `los:login:${account}:attempts`;
  private lockKey = (account: string) => `los:login:${account}:lock`;
}
