import type { Logger } from '@nestjs/common';
import { ErrorCode, type ErrorBody } from '@los/contracts';
import { AppException } from './app.exception.js';
import { toErrorBody } from './error-body.mapper.js';

/** An error body stays small whatever the input that caused it. */
export const MAX_ERROR_MESSAGE_CHARS = 1_000;

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

function boundedMessage<T extends { message: string }>(body: T | null): T | null {
  if (!body || body.message.length <= MAX_ERROR_MESSAGE_CHARS) return body;
  return { ...body, message: `${body.message.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…` };
}
