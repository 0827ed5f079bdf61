import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/** The global body limit; routes that need less declare it with `@BodyLimit`. */
export const MAX_BODY_BYTES = 1_048_576;
/** Login, register, refresh and logout bodies are a few short fields. */
export const AUTH_BODY_BYTES = 4_096;

const BODY_LIMIT = 'bodyLimit';

/**
 * Caps the body of one route, in bytes: Fastify answers 413 from the Content-Length, or as soon as a
 * streamed body passes the cap, before anything is parsed. (Sets the route's Fastify config.)
 */
export const BodyLimit = (bytes: number) => RouteConfig({ [BODY_LIMIT]: bytes });

/** Turns `@BodyLimit` into the route's own Fastify `bodyLimit`; added before the routes are registered. */
export function applyRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as Record<string, unknown> | undefined)?.[BODY_LIMIT];
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
}
