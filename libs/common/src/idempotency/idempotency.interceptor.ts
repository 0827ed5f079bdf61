import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@los/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { catchError, finalize, from, mergeMap, Observable, of } from 'rxjs';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { AppException } from '../errors/app.exception.js';
import { toErrorBody } from '../errors/error-body.mapper.js';
import { canonicalJson } from './canonical-json.js';
import { IdempotencyBusyException } from './idempotency-busy.exception.js';
import { IDEMPOTENCY_LEASE } from './idempotency-lease.js';
import { IdempotencyStore } from './idempotency.store.js';
import { runIdempotentRequest, type IdempotentRequest } from './idempotent-request.js';
import { NO_IDEMPOTENCY } from './no-idempotency.decorator.js';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;
export const REPLAYED_HEADER = 'idempotent-replayed';

/** The `Idempotency-Key` header checked as the interceptor checks it, for routes that dedupe by key themselves. */
export function parseIdempotencyKey(header: unknown): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
    throw new AppException(ErrorCode.ValidationFailed, 'Idempotency-Key must be 1-100 letters, digits or _.:-');
  }
  return header;
}

/**
 * `Idempotency-Key` on a POST: the same key and body return the first response and change nothing;
 * a different body answers 422; a request still running answers 409 with `Retry-After`. Keys are scoped
 * to the caller. The key completes in the transaction of the effect (see IdempotencyCommitSubscriber).
 * Routes marked `@NoIdempotency()` are never stored.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(NO_IDEMPOTENCY, [context.getHandler(), context.getClass()])) return next.handle();
    const key = parseIdempotencyKey(header)!;
    const scope = request.user ? `user:${request.user.id}` : `ip:${request.ip}`;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`)
      .digest('hex');
    const successStatus = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const reply = context.switchToHttp().getResponse<FastifyReply>();

    return from(this.store.claim(scope, key, hash)).pipe(
      catchError((error: unknown) => {
        sendRetryAfter(reply, error);
        throw error;
      }),
      mergeMap((claim) => {
        if (claim.kind === 'replay') return this.replay(reply, claim.status, claim.body);
        return this.run({ scope, key, holder: claim.holder, successStatus, done: false }, next, reply);
      }),
    );
  }

  private run(idempotent: IdempotentRequest, next: CallHandler, reply: FastifyReply): Observable<unknown> {
    const renewal = setInterval(() => void this.store.renew(idempotent).catch(() => undefined), IDEMPOTENCY_LEASE.renewEveryMs);
    renewal.unref();
    // Called and subscribed inside the request's async context, so every transaction of the handler sees it.
    const handled = new Observable<unknown>((subscriber) => runIdempotentRequest(idempotent, () => next.handle().subscribe(subscriber)));
    return handled.pipe(
      mergeMap(async (body) => {
        idempotent.done = true;
        await this.store.complete(idempotent, idempotent.successStatus, body);
        return body;
      }),
      catchError(async (error: unknown) => {
        idempotent.done = true;
        sendRetryAfter(reply, error);
        const known = toErrorBody(error);
        if (error instanceof IdempotencyBusyException) throw error;
        // The request's own error is the answer, even if the store cannot be written now (the lease then runs out).
        const record =
          known && known.statusCode < 500 ? this.store.complete(idempotent, known.statusCode, known) : this.store.release(idempotent);
        await record.catch(() => undefined);
        throw error;
      }),
      finalize(() => {
        idempotent.done = true;
        clearInterval(renewal);
      }),
    );
  }

  private replay(reply: FastifyReply, status: number, body: unknown): Observable<unknown> {
    void reply.header(REPLAYED_HEADER, 'true');
    if (status >= 400) {
      const stored = body as { code: ErrorCode; message: string };
      throw new AppException(stored.code, stored.message, status);
    }
    return of(body);
  }
}

function sendRetryAfter(reply: FastifyReply, error: unknown): void {
  if (error instanceof IdempotencyBusyException) void reply.header('retry-after', String(error.retryAfterSeconds));
}
