import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '@los/common';
import { sendLocationOfCreated } from './common/location-header.js';
import { forbidCachingOfApiResponses } from './common/no-store.js';
import { allowBrowserOrigins } from './cors.js';
import { mountApiDocs } from './docs/openapi.js';

/** CORS for the configured origins, security headers (the Swagger UI needs inline styles and scripts), no caching of API answers, and the API docs. */
export async function configureGatewayHttp(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  forbidCachingOfApiResponses(app.getHttpAdapter().getInstance());
  sendLocationOfCreated(app.getHttpAdapter().getInstance());
  await allowBrowserOrigins(app, config);
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
