import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, RedisConnection, type GatewayConfig } from '@los/common';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

/**
 * Named limits, applied per route with ThrottlerGuard: `default` for login and register (its 429 carries
 * a plain Retry-After), `preview` for the public EMI calculator, `webhook` for lenders' webhooks. Counters live in Redis, shared by replicas.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, RedisConnection],
      useFactory: (config: GatewayConfig, redis: RedisConnection) => ({
        throttlers: [
          { name: 'default', ttl: config.THROTTLE_AUTH_TTL_MS, limit: config.THROTTLE_AUTH_LIMIT },
          { name: 'preview', ttl: config.THROTTLE_PREVIEW_TTL_MS, limit: config.THROTTLE_PREVIEW_LIMIT },
          { name: 'webhook', ttl: config.THROTTLE_WEBHOOK_TTL_MS, limit: config.THROTTLE_WEBHOOK_LIMIT },
        ],
        storage: new RedisThrottlerStorage(redis),
        errorMessage: 'Too many requests; retry after the time in Retry-After',
      }),
    }),
  ],
})
export class RateLimitModule {}
