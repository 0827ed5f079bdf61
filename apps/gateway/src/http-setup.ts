import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { forbidCachingOfApiResponses } from './common/no-store.js';
import { mountApiDocs } from './docs/openapi.js';

/** Security headers (the Swagger UI needs inline styles and scripts), no caching of API answers, and the API docs. */
export async function configureGatewayHttp(app: NestFastifyApplication): Promise<void> {
  forbidCachingOfApiResponses(app.getHttpAdapter().getInstance());
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
