import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The sandbox's own API docs: Swagger UI at /docs, the OpenAPI document at /docs-json. */
export function configureSandboxHttp(app: NestFastifyApplication): Promise<void> {
  const config = new DocumentBuilder()
    .setTitle('LOS sandbox')
    .setDescription(
      'Simulated identity sources (PAN, Aadhaar eKYC with OTP 123456, CKYC), credit bureau and lenders, for development and ' +
        'tests only. GET /sandbox/identities/demo lists ready-made people and what a KYC of each ends in. Errors have the shape ' +
        '{ statusCode, code, message, requestId }.',
    )
    .setVersion('1')
    .build();
  SwaggerModule.setup('docs', app, SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
  return Promise.resolve();
}
