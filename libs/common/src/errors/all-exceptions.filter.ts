import { ArgumentsHost, Catch, ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throwError, type Observable } from 'rxjs';
import { allowedMethodsFor } from './allowed-methods.js';
import { AppException } from './app.exception.js';
import { RetryLaterException } from './retry-later.exception.js';
import { shapeError } from './shape-error.js';
import { toRpcErrorBody } from './rpc-error-body.js';

/**
 * The one global filter: over HTTP every error becomes `{ statusCode, code, message, errors?, requestId }`;
 * over the transport it becomes a coded error body, so raw errors never cross either boundary.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() === 'rpc') return throwError(() => toRpcErrorBody(exception, this.logger));
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const allowed = isRouteMiss(exception, request) ? allowedMethodsFor(request) : [];
    const error =
      allowed.length > 0
        ? new AppException(ErrorCode.MethodNotAllowed, `${request.method} is not allowed here; use ${allowed.join(', ')}`)
        : exception;
    const body = shapeError(error, request.id, this.logger);
    if (allowed.length > 0) void reply.header('Allow', allowed.join(', '));
    if (exception instanceof RetryLaterException) void reply.header('Retry-After', String(exception.retryAfterSeconds));
    // A transaction rolled back by a lock conflict changed nothing: a prompt retry usually goes through.
    if (body.code === ErrorCode.TransactionConflict) void reply.header('Retry-After', '1');
    void reply.status(body.statusCode).header('content-type', 'application/json').send(body);
  }
}

/** Nest's not-found handler throws `Cannot <METHOD> <url>` when no route matched. */
function isRouteMiss(exception: unknown, request: FastifyRequest): boolean {
  return exception instanceof NotFoundException && exception.message.startsWith(`Cannot ${request.method} `);
}
