import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { MicroserviceOptions } from '@nestjs/microservices';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ServiceName } from '@los/contracts';
import { Logger } from 'nestjs-pino';
import { ConfigValidationError, loadConfig, type AppConfig, type ServiceConfig } from '../config/load-config.js';
import { redisOptionsFromUrl } from '../config/redis-url.js';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter.js';
import { applyRouteBodyLimits, MAX_BODY_BYTES } from '../http/body-limit.decorator.js';
import { refuseComplexBodies } from '../http/body-shape.js';
import { lingerAfterRefusedBody } from '../http/lingering-close.js';
import { NamedPatternRedisServer } from '../durable/rpc/named-pattern-redis.server.js';
import { metricsRegistry } from '../metrics/metrics.registry.js';
import { UnsafeInputGuard } from '../hygiene/unsafe-input.guard.js';
import { memoizeValidationMetadata } from '../validation/memoized-validation-metadata.js';
import { RequestValidationPipe } from '../validation/request-validation.pipe.js';
import { requestIdOf } from './request-id.js';

export interface ServiceBootstrap<S extends ServiceName> {
  service: S;
  /** Whether the service also listens on the Redis transport. */
  rpc: boolean;
  module: (config: ServiceConfig<S>) => DynamicModule;
  /** App-specific HTTP set-up (security headers, API docs) before listening. */
  configure?: (app: NestFastifyApplication, config: ServiceConfig<S>) => Promise<void>;
}

/** Starts one app: validated config, Fastify HTTP (health, metrics, API) and the Redis transport. */
export async function bootstrapService<S extends ServiceName>({
  service,
  rpc,
  module,
  configure,
}: ServiceBootstrap<S>): Promise<NestFastifyApplication> {
  const config = loadConfigOrExit(service);
  const common: AppConfig = config;
  metricsRegistry.setDefaultLabels({ service });
  const adapter = new FastifyAdapter({ bodyLimit: MAX_BODY_BYTES, genReqId: requestIdOf, trustProxy: trustOneProxy(common) });
  const app = await NestFactory.create<NestFastifyApplication>(module(config), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  applyRouteBodyLimits(fastify);
  lingerAfterRefusedBody(fastify);
  refuseComplexBodies(fastify);
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalGuards(new UnsafeInputGuard());
  memoizeValidationMetadata();
  app.useGlobalPipes(new RequestValidationPipe());
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });
  app.enableShutdownHooks();
  await configure?.(app, config);
  if (rpc) {
    if (!('REDIS_URL' in common)) throw new Error(`${service} has no REDIS_URL for the Redis transport`);
    app.connectMicroservice<MicroserviceOptions>(
      {
        strategy: new NamedPatternRedisServer({
          ...redisOptionsFromUrl(common.REDIS_URL),
          // The replies of one tick leave in one socket write.
          enableAutoPipelining: true,
          retryAttempts: Number.MAX_SAFE_INTEGER,
          retryDelay: 500,
        }),
      },
      { inheritAppConfig: true },
    );
    await app.startAllMicroservices();
  }
  await app.listen(common.HTTP_PORT, common.HTTP_HOST);
  return app;
}

function loadConfigOrExit<S extends ServiceName>(service: S): ServiceConfig<S> {
  try {
    return loadConfig(service);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`${service}: ${error.message}\n`);
    process.exit(1);
  }
}

/** Behind nginx the client address is the last X-Forwarded-For hop; otherwise the header is ignored. */
function trustOneProxy(config: AppConfig) {
  return 'TRUST_PROXY' in config && config.TRUST_PROXY ? (_address: string, hop: number) => hop === 0 : false;
}
