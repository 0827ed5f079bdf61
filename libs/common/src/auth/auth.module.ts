import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccessTokenDenyList } from './access-token-deny-list.js';
import { AccessGuard } from './access.guard.js';
import { JwtStrategy } from './jwt.strategy.js';

/** Installs the deny-by-default access guard for every route of the app that imports it. */
@Module({
  imports: [PassportModule],
  providers: [JwtStrategy, AccessTokenDenyList, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
