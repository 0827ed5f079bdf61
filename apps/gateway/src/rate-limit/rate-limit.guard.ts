import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { memoizedRouteMetadata } from './memoized-route-metadata.js';
import { appendListItem, rateLimitItem, rateLimitPolicyItem } from './rate-limit-headers.js';

/**
 * The throttler, answering with the IETF `RateLimit` and `RateLimit-Policy` fields instead of the library's
 * `X-RateLimit-*-<throttler>` ones, and with the standard `Retry-After` on a 429 whatever the limit's name
 * (lenders' webhook senders and browsers read that one).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
  ) {
    super(options, storage, memoizedRouteMetadata(reflector));
  }

  protected override async handleRequest({ context, limit, ttl, throttler, blockDuration, getTracker, generateKey }: ThrottlerRequest) {
    const { req, res } = this.getRequestResponse(context);
    const reply = res as FastifyReply;
    const name = throttler.name ?? 'default';
    const tracker = await getTracker(req, context);
    const key = generateKey(context, tracker, name);
    const hit = await this.storageService.increment(key, ttl, limit, blockDuration, name);
    const resetSeconds = hit.isBlocked ? hit.timeToBlockExpire : hit.timeToExpire;
    void reply.header('RateLimit-Policy', appendListItem(reply.getHeader('RateLimit-Policy'), rateLimitPolicyItem(name, limit, ttl)));
    void reply.header('RateLimit', appendListItem(reply.getHeader('RateLimit'), rateLimitItem(name, limit - hit.totalHits, resetSeconds)));
    if (hit.isBlocked) {
      void reply.header('Retry-After', hit.timeToBlockExpire);
      await this.throwThrottlingException(context, { limit, ttl, key, tracker, ...hit });
    }
    return true;
  }

  // The library hashes this text with SHA-256 on every request; the plain text is as unique and cheaper.
  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${name}-${tracker}`;
  }
}
