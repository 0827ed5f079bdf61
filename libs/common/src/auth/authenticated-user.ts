import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { Role, STAFF_ROLES } from '@los/contracts';

export interface AuthenticatedUser {
  id: string;
  role: Role;
  partnerCode: string | null;
  /** The access token's id and expiry (seconds), for logout's deny list. */
  token?: { id: string; expiresAt: number };
}

export const isStaff = (user: AuthenticatedUser) => STAFF_ROLES.includes(user.role);

/** The caller the access guard authenticated. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => context.switchToHttp().getRequest().user,
);
