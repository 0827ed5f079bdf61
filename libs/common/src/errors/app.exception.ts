import { ErrorCode, HTTP_STATUS_OF, type FieldError } from '@los/contracts';

/** A domain error with a stable code and a message that is safe to show a client; `errors` names failing fields. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly statusCode: number = HTTP_STATUS_OF[code],
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'AppException';
  }
}
