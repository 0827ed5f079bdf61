import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AppException, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { isUUID } from 'class-validator';
import { ApplicationsService } from '../applications/applications.service.js';

/**
 * Lets the request through only when the caller may see the application `:id` (404 otherwise, as for a missing one).
 * A guard, because an @Sse() route sends its 200 headers before an asynchronous check in the handler could fail.
 */
@Injectable()
export class VisibleApplicationGuard implements CanActivate {
  constructor(private readonly applications: ApplicationsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ user: AuthenticatedUser; params: { id?: string } }>();
    const id = request.params.id ?? '';
    if (!isUUID(id)) throw new AppException(ErrorCode.ValidationFailed, 'Validation failed (uuid is expected)');
    await this.applications.get(request.user, id);
    return true;
  }
}
