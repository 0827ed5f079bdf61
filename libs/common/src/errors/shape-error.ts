import type { Logger } from '@nestjs/common';
import { ErrorCode, type ErrorBody } from '@los/contracts';
import { AppException } from './app.exception.js';
import { toErrorBody } from './error-body.mapper.js';

/** An error body stays small whatever the input that caused it (a body's key can be long). */
export const MAX_ERROR_MESSAGE_CHARS = 1_000;
export const MAX_FIELD_ERROR_CHARS = 100;

/** Shapes an HTTP error; unexpected ones get a 500 with an id to find the logged cause. */
export function shapeError(exception: unknown, requestId: string, logger: Logger): ErrorBody {
  const known = boundedMessage(toErrorBody(exception));
  if (known && known.statusCode < 500) return { ...known, requestId };
  // One readable line per known failure; a database outage names its cause (serialized by errorSummary).
  const cause = known?.code === ErrorCode.DependencyUnavailable && !(exception instanceof AppException) ? { err: exception } : {};
  if (known) logger.warn({ requestId, code: known.code, ...cause }, known.message);
  else logger.error({ requestId, err: exception }, 'Unhandled error');
  return known
    ? { ...known, requestId }
    : { statusCode: 500, code: ErrorCode.Internal, message: `Internal error (id ${requestId})`, requestId };
}

function boundedMessage<T extends Omit<ErrorBody, 'requestId'>>(body: T | null): T | null {
  if (!body) return body;
  const errors = body.errors?.map((error) => ({
    field: cut(error.field, MAX_FIELD_ERROR_CHARS),
    code: error.code,
    message: cut(error.message, MAX_FIELD_ERROR_CHARS),
  }));
  return { ...body, message: cut(body.message, MAX_ERROR_MESSAGE_CHARS), ...(errors ? { errors } : {}) };
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
