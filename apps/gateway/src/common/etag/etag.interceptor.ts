import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';
import { tagWhenSent } from './not-modified.hook.js';

/**
 * Tags a read's answer with its ETag: `answerNotModified` (an onSend hook) hashes the body as serialised for sending
 * (serialising it here too would do it twice) and turns a matching `If-None-Match` into a 304 with no body. The view
 * depends on who asks, hence `Vary: Authorization`.
 */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    tagWhenSent(context.switchToHttp().getResponse<FastifyReply>());
    return next.handle();
  }
}
