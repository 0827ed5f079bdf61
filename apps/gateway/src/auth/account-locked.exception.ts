import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';

/** A login refused because its account is locked; the controller turns `retryAfterSeconds` into Retry-After. */
export class AccountLockedException extends AppException {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.AccountLocked, 'Too many failed sign-ins for this account; retry after the time in Retry-After');
  }
}
