import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '@los/common';
import { answerNotModified } from './common/etag/not-modified.hook.js';
import { sendLocationOfCreated } from './common/location-header.js';
import { forbidCachingOfApiResponses } from './common/no-store.js';
import { allowBrowserOrigins } from './cors.js';
import { mountApiDocs } from './docs/openapi.js';
import { sendSecurityHeaders } from './security-headers.js';

/**
 * CORS for the configured origins, JSON bodies only, security headers (the Swagger UI needs inline styles and
 * scripts), no caching of API answers, and the API docs.
 */
export async function configureGatewayHttp(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  forbidCachingOfApiResponses(fastify);
  answerNotModified(fastify);
  sendLocationOfCreated(fastify);
  // The API reads JSON only: without Fastify's default text/plain parser such a body is a 415, not a 400.
  fastify.removeContentTypeParser('text/plain');
  await allowBrowserOrigins(app, config);
  sendSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  mountApiDocs(app);
}
