import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { redisOptionsFromUrl } from '../config/redis-url.js';

/**
 * A general-purpose Redis connection (health, rate limits, the access-token deny list); fails fast while Redis is away.
 * Commands issued in the same tick leave in one write (auto-pipelining): every authenticated request asks the deny
 * list, and on this hot path a socket write per command cost more than the command.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: FeatureConfig<'redis'>) {
    this.client = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      enableOfflineQueue: false,
      enableAutoPipelining: true,
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.client.on('error', () => undefined); // reconnection is automatic; health reports the outage
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}
