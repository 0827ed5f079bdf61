import { ErrorCode, HTTP_STATUS_OF } from '@los/contracts';

/** A domain error with a stable code and a message that is safe to show a client. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly statusCode: number = HTTP_STATUS_OF[code],
  ) {
    super(message);
    this.name = 'AppException';
  }
}
