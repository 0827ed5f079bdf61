import cors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '@los/common';

/** What a browser app may send beyond the CORS-safelisted request headers. */
export const CORS_ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'If-None-Match', 'X-Request-Id'];
/** Response headers a browser app may read; the others are hidden from scripts. */
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'Idempotent-Replayed',
  'Retry-After',
  // IETF fields of every limit counting the route (RateLimitGuard), one item per limit.
  'RateLimit',
  'RateLimit-Policy',
  'Location',
  'ETag',
  'Content-Disposition',
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Cross-origin calls from the configured browser origins only (exact match, no wildcard): an origin not on
 * the list gets no Access-Control-Allow-Origin, so the browser keeps the answer from its script. Bearer
 * tokens travel in Authorization, so credentials (cookies) stay off unless configured.
 */
export async function allowBrowserOrigins(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  const allowed = new Set(config.CORS_ORIGINS);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: METHODS,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: config.CORS_CREDENTIALS,
    maxAge: config.CORS_MAX_AGE_S,
    strictPreflight: true,
  });
}
