import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, RedisConnection, type AppConfig } from '@los/common';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [
    UsersModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([RefreshTokenEntity]),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, RedisConnection],
      useFactory: (config: AppConfig, redis: RedisConnection) => ({
        throttlers: [{ name: 'default', ttl: config.THROTTLE_AUTH_TTL_MS, limit: config.THROTTLE_AUTH_LIMIT }],
        storage: new RedisThrottlerStorage(redis),
        errorMessage: 'Too many attempts; retry after the time in Retry-After',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, TokenService],
})
export class AuthModule {}
