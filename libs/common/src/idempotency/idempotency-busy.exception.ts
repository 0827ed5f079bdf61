import { ErrorCode } from '@los/contracts';
import { AppException } from '../errors/app.exception.js';

/** 409 `IDEMPOTENCY_IN_PROGRESS`; the interceptor sends `retryAfterSeconds` as `Retry-After`. */
export class IdempotencyBusyException extends AppException {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'A request with this Idempotency-Key is still being processed',
  ) {
    super(ErrorCode.IdempotencyInProgress, message);
  }
}
