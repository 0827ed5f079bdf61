import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { ErrorCode } from '@los/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, Observable, of } from 'rxjs';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { AppException } from '../errors/app.exception.js';
import { toErrorBody } from '../errors/error-body.mapper.js';
import { canonicalJson } from './canonical-json.js';
import { IdempotencyStore } from './idempotency.store.js';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;
export const REPLAYED_HEADER = 'idempotent-replayed';

/**
 * `Idempotency-Key` on a POST: the same key and body return the first response and change nothing;
 * a different body answers 422; a request still running answers 409. Keys are scoped to the caller.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new AppException(ErrorCode.ValidationFailed, 'Idempotency-Key must be 1-100 letters, digits or _.:-');
    }
    const scope = request.user ? `user:${request.user.id}` : `ip:${request.ip}`;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`)
      .digest('hex');
    const successStatus = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const reply = context.switchToHttp().getResponse<FastifyReply>();

    return from(this.store.claim(scope, key, hash)).pipe(
      mergeMap((claim) => {
        if (claim.kind === 'replay') return this.replay(reply, claim.status, claim.body);
        return next.handle().pipe(
          mergeMap(async (body) => {
            await this.store.complete(scope, key, successStatus, body);
            return body;
          }),
          catchError(async (error) => {
            const known = toErrorBody(error);
            if (known && known.statusCode < 500) await this.store.complete(scope, key, known.statusCode, known);
            else await this.store.release(scope, key);
            throw error;
          }),
        );
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
