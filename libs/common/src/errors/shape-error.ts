import type { Logger } from '@nestjs/common';
import { ErrorCode, type ErrorBody } from '@los/contracts';
import { AppException } from './app.exception.js';
import { toErrorBody } from './error-body.mapper.js';

/** Shapes an HTTP error; unexpected ones get a 500 with an id to find the logged cause. */
export function shapeError(exception: unknown, requestId: string, logger: Logger): ErrorBody {
  const known = toErrorBody(exception);
  if (known && known.statusCode < 500) return { ...known, requestId };
  // One readable line per known failure; a database outage names its cause (serialized by errorSummary).
  const cause = known?.code === ErrorCode.DependencyUnavailable && !(exception instanceof AppException) ? { err: exception } : {};
  if (known) logger.warn({ requestId, code: known.code, ...cause }, known.message);
  else logger.error({ requestId, err: exception }, 'Unhandled error');
  return known
    ? { ...known, requestId }
    : { statusCode: 500, code: ErrorCode.Internal, message: `Internal error (id ${requestId})`, requestId };
}
