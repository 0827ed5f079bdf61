import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throwError, type Observable } from 'rxjs';
import { RetryLaterException } from './retry-later.exception.js';
import { shapeError } from './shape-error.js';
import { toRpcErrorBody } from './rpc-error-body.js';

/**
 * The one global filter: over HTTP every error becomes `{ statusCode, code, message, requestId }`;
 * over the transport it becomes a coded error body, so raw errors never cross either boundary.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() === 'rpc') return throwError(() => toRpcErrorBody(exception, this.logger));
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const body = shapeError(exception, request.id, this.logger);
    const reply = http.getResponse<FastifyReply>();
    if (exception instanceof RetryLaterException) void reply.header('Retry-After', String(exception.retryAfterSeconds));
    void reply.status(body.statusCode).header('content-type', 'application/json').send(body);
  }
}
