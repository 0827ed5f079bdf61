import { HttpException } from '@nestjs/common';
import { ErrorCode, HTTP_STATUS_OF, type ErrorBody } from '@los/contracts';
import { AppException } from './app.exception.js';
import { isLockConflict } from '../persistence/driver-errors.js';
import { isDependencyFailure } from './dependency-failure.js';
import { isRpcErrorBody } from './rpc-error.js';

const CODE_OF_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.RouteNotFound,
  405: ErrorCode.MethodNotAllowed,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.TooManyRequests,
};

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ErrorCode.MalformedJson,
  FST_ERR_CTP_EMPTY_JSON_BODY: ErrorCode.MalformedJson,
  FST_ERR_CTP_BODY_TOO_LARGE: ErrorCode.PayloadTooLarge,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ErrorCode.UnsupportedMediaType,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ErrorCode.ValidationFailed,
};

const DEPENDENCY_UNAVAILABLE = {
  statusCode: HTTP_STATUS_OF[ErrorCode.DependencyUnavailable],
  code: ErrorCode.DependencyUnavailable,
  message: 'A database this service depends on is unavailable; try again shortly',
};

export const TRANSACTION_CONFLICT = {
  statusCode: HTTP_STATUS_OF[ErrorCode.TransactionConflict],
  code: ErrorCode.TransactionConflict,
  message: 'The request collided with a concurrent one and changed nothing; try again',
};

/** Maps anything thrown while serving a request to the public error shape; `null` means "unexpected". */
export function toErrorBody(exception: unknown): Omit<ErrorBody, 'requestId'> | null {
  if (exception instanceof AppException) {
    const body = { statusCode: exception.statusCode, code: exception.code, message: exception.message };
    return exception.errors ? { ...body, errors: exception.errors } : body;
  }
  // Nest wraps Fastify's own 4xx errors (body parsing, size) in an HttpException with the cause.
  const fastifyCode =
    FASTIFY_CODES[(exception as { cause?: { code?: string } }).cause?.code ?? ''] ??
    FASTIFY_CODES[(exception as { code?: string } | null)?.code ?? ''];
  if (fastifyCode) {
    return { statusCode: HTTP_STATUS_OF[fastifyCode], code: fastifyCode, message: describeFastifyError(fastifyCode) };
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (isRpcErrorBody(exception)) {
    const body = { statusCode: exception.statusCode, code: exception.code, message: exception.message };
    return Array.isArray(exception.errors) ? { ...body, errors: exception.errors } : body;
  }
  if (isDependencyFailure(exception)) return DEPENDENCY_UNAVAILABLE;
  if (isLockConflict(exception)) return TRANSACTION_CONFLICT;
  return null;
}

function fromHttpException(exception: HttpException): Omit<ErrorBody, 'requestId'> {
  const statusCode = exception.getStatus();
  const response = exception.getResponse() as { message?: string | string[]; code?: string } | string;
  const code =
    (typeof response === 'object' && response.code) ||
    CODE_OF_HTTP_STATUS[statusCode] ||
    (statusCode >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed);
  const raw = typeof response === 'string' ? response : (response.message ?? exception.message);
  const message = Array.isArray(raw) ? raw.join('; ') : raw;
  return { statusCode, code, message: statusCode >= 500 ? 'Internal error' : message };
}

function describeFastifyError(code: ErrorCode): string {
  if (code === ErrorCode.MalformedJson) return 'The request body is not valid JSON';
  if (code === ErrorCode.PayloadTooLarge) return 'The request body is too large';
  if (code === ErrorCode.UnsupportedMediaType) return 'Unsupported content type';
  return 'The request is malformed';
}
