import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ErrorCode } from '@los/contracts';
import { TimeoutError } from 'rxjs';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { FeatureConfig } from '../../config/load-config.js';
import { redisOptionsFromUrl } from '../../config/redis-url.js';
import { AppException } from '../../errors/app.exception.js';
import { isRpcErrorBody } from '../../errors/rpc-error.js';
import { CheckedRedisClient, NoSubscriberError } from './checked-redis.client.js';

/** Request/reply over the Redis transport with a per-call timeout; failures become coded errors. */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  private readonly client: CheckedRedisClient;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: FeatureConfig<'durable' | 'redis'>) {
    this.timeoutMs = config.RPC_TIMEOUT_MS;
    this.client = new CheckedRedisClient({
      ...redisOptionsFromUrl(config.REDIS_URL),
      // The calls of one tick leave in one socket write; a write per PUBLISH was the gateway's largest cost.
      enableAutoPipelining: true,
      retryAttempts: Number.MAX_SAFE_INTEGER,
      retryDelay: 500,
    });
  }

  async send<R>(pattern: string, message: object, timeoutMs = this.timeoutMs): Promise<R> {
    try {
      return await this.client.request<R>(pattern, message, timeoutMs);
    } catch (error) {
      throw upstreamError(error, pattern, timeoutMs);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

function upstreamError(error: unknown, pattern: string, timeoutMs: number): AppException {
  const target = pattern.split('.')[0];
  if (error instanceof TimeoutError) {
    return new AppException(ErrorCode.UpstreamTimeout, `The ${target} service did not answer within ${timeoutMs} ms`);
  }
  if (isRpcErrorBody(error) && !(error instanceof NoSubscriberError)) {
    return new AppException(error.code as ErrorCode, error.message, error.statusCode);
  }
  return new AppException(ErrorCode.UpstreamUnavailable, `The ${target} service is unavailable`);
}
