import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../errors/app.exception.js';
import { AccessTokenVerifier } from './access-token.verifier.js';
import { IS_PUBLIC, REQUIRED_PERMISSIONS } from './access.decorators.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { roleAllows, type Permission } from './permission.js';

/** Deny by default: a route is reachable only if it is public or declares the permissions it needs. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, targets);
    if (!required) throw new AppException(ErrorCode.Forbidden, 'This route has no access policy');
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const user = await this.tokens.authenticate(request.headers.authorization);
    request.user = user;
    if (!roleAllows(user.role, required)) throw new AppException(ErrorCode.Forbidden, 'Your role does not allow this');
    return true;
  }
}
