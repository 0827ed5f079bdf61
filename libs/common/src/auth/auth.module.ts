import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenDenyList } from './access-token-deny-list.js';
import { AccessTokenVerifier } from './access-token.verifier.js';
import { AccessGuard } from './access.guard.js';

/** Installs the deny-by-default access guard for every route of the app that imports it. */
@Module({
  providers: [AccessTokenVerifier, AccessTokenDenyList, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
