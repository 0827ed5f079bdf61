import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCode } from '@los/contracts';
import { AppException } from '../errors/app.exception.js';
import { IS_PUBLIC, REQUIRED_PERMISSIONS } from './access.decorators.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { roleAllows, type Permission } from './permission.js';

/** Deny by default: a route is reachable only if it is public or declares the permissions it needs. */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, targets);
    if (!required) throw new AppException(ErrorCode.Forbidden, 'This route has no access policy');
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest().user as AuthenticatedUser;
    if (!roleAllows(user.role, required)) throw new AppException(ErrorCode.Forbidden, 'Your role does not allow this');
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new AppException(ErrorCode.Unauthorized, 'A valid access token is required');
    return user;
  }
}
