import { Global, Module } from '@nestjs/common';
import { RedisConnection } from './redis-client.provider.js';

/** One shared general-purpose Redis connection per app. */
@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
