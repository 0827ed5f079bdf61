import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { redisOptionsFromUrl } from '../config/redis-url.js';

/** A general-purpose Redis connection (health, rate limits); fails fast while Redis is away. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: FeatureConfig<'redis'>) {
    this.client = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.client.on('error', () => undefined); // reconnection is automatic; health reports the outage
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}
