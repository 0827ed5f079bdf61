import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ErrorCode } from '@los/contracts';
import { AppException } from '../errors/app.exception.js';
import { containsOperatorKey, containsOperatorQueryKey } from './operator-keys.js';

/** Rejects bodies and query strings that carry `$`-prefixed keys, before any handler sees them. */
@Injectable()
export class UnsafeInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<{ body?: unknown; query?: unknown }>();
    if (containsOperatorKey(request.body) || containsOperatorQueryKey(request.query)) {
      throw new AppException(ErrorCode.UnsafeInput, 'Keys starting with "$" are not accepted');
    }
    return true;
  }
}
