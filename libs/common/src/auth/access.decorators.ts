import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Permission } from './permission.js';

export const IS_PUBLIC = 'los:public';
export const REQUIRED_PERMISSIONS = 'los:permissions';

/** Marks a public route in the OpenAPI document; the gateway's document builder turns it into `security: []`. */
export const PUBLIC_EXTENSION = 'x-los-public';

/** Reachable without a token (login, register, health, partner webhooks with their own signatures). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));

/** Reachable with a valid access token whose role grants every listed permission. */
export const RequirePermissions = (...permissions: Permission[]) =>
  applyDecorators(SetMetadata(REQUIRED_PERMISSIONS, permissions), ApiBearerAuth());
