import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Permission } from './permission.js';

export const IS_PUBLIC = 'los:public';
export const REQUIRED_PERMISSIONS = 'los:permissions';

/** Reachable without a token (login, register, health, partner webhooks with their own signatures). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Reachable with a valid access token whose role grants every listed permission. */
export const RequirePermissions = (...permissions: Permission[]) =>
  applyDecorators(SetMetadata(REQUIRED_PERMISSIONS, permissions), ApiBearerAuth());
