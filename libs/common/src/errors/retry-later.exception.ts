import { ErrorCode } from '@los/contracts';
import { AppException } from './app.exception.js';

/** A 429 that says when to come back: the HTTP filter sends `retryAfterSeconds` as Retry-After. */
export class RetryLaterException extends AppException {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
    this.name = 'RetryLaterException';
  }
}
