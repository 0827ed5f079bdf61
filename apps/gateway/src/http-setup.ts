import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { answerNotModified } from './common/etag/not-modified.hook.js';
import { forbidCachingOfApiResponses } from './common/no-store.js';
import { mountApiDocs } from './docs/openapi.js';

/** JSON bodies only, security headers (the Swagger UI needs inline styles and scripts), no caching of API answers, and the API docs. */
export async function configureGatewayHttp(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  forbidCachingOfApiResponses(fastify);
  answerNotModified(fastify);
  // The API reads JSON only: without Fastify's default text/plain parser such a body is a 415, not a 400.
  fastify.removeContentTypeParser('text/plain');
  await app.register(helmet, {
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
