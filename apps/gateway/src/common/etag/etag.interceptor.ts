import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { etagOf } from './etag.js';

/**
 * Tags a read's answer with its ETag; `answerNotModified` (an onSend hook) then turns a matching
 * `If-None-Match` into a 304 with no body. The view depends on who asks, hence `Vary: Authorization`.
 */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        void reply.header('ETag', etagOf(body)).header('Vary', 'Authorization');
        return body;
      }),
    );
  }
}
