// `node dist/apps/gateway/src/docs/write-openapi.js <out.json>`: the gateway's OpenAPI document without a
// running server or any database. Nest's preview mode registers the controllers without creating providers,
// so nothing connects; the config values below only satisfy validation and never reach a network.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@los/common';
import { ServiceName } from '@los/contracts';
import { AppModule } from '../app.module.js';
import { buildOpenApiDocument } from './openapi.js';

const PLACEHOLDERS: Record<string, string> = {
  NODE_ENV: 'test',
  REDIS_URL: 'redis://127.0.0.1:1',
  MYSQL_URL: 'mysql://doc@127.0.0.1:1/doc',
  MONGO_URL: 'mongodb://127.0.0.1:1/doc',
  S3_BUCKET: 'doc',
  S3_ACCESS_KEY_ID: 'doc',
  S3_SECRET_ACCESS_KEY: 'doc',
  JWT_SECRET: 'openapi-document-placeholder-secret-0123',
  ADMIN_PASSWORD: 'placeholder-password',
  WEBHOOK_SECRET_KEYS: 'doc:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  WEBHOOK_SECRET_ACTIVE_KEY: 'doc',
};

const out = process.argv[2] ?? 'dist/openapi.json';
const config = loadConfig(ServiceName.Gateway, PLACEHOLDERS);
const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), new FastifyAdapter(), {
  preview: true,
  logger: false,
});
const document = buildOpenApiDocument(app);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
await app.close();
process.stdout.write(`OpenAPI document: ${out}\n`);
