import { DynamicModule, Module } from '@nestjs/common';
import { HealthIndicatorService, MongooseHealthIndicator, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisConnection } from '../redis/redis-client.provider.js';
import { HealthController } from './health.controller.js';
import { HEALTH_CHECKS, HEALTH_TIMEOUT_MS, type Dependency } from './health.constants.js';

type Indicator = TypeOrmHealthIndicator | MongooseHealthIndicator | RedisConnection;

const INDICATOR_OF: Record<Dependency, new (...args: never[]) => Indicator> = {
  mysql: TypeOrmHealthIndicator,
  mongo: MongooseHealthIndicator,
  redis: RedisConnection,
};

/** `/health/live` always answers; `/health/ready` pings each dependency (Redis needs RedisModule). */
@Module({})
export class HealthModule {
  static forDependencies(dependencies: Dependency[]): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        {
          provide: HEALTH_CHECKS,
          inject: [HealthIndicatorService, ...dependencies.map((dependency) => INDICATOR_OF[dependency])],
          useFactory: (indicators: HealthIndicatorService, ...resolved: Indicator[]) =>
            dependencies.map((dependency, i) => checkOf(dependency, resolved[i], indicators)),
        },
      ],
    };
  }
}

function checkOf(dependency: Dependency, indicator: Indicator, indicators: HealthIndicatorService) {
  switch (dependency) {
    case 'mysql':
      return () => (indicator as TypeOrmHealthIndicator).pingCheck('mysql', { timeout: HEALTH_TIMEOUT_MS });
    case 'mongo':
      return () => (indicator as MongooseHealthIndicator).pingCheck('mongo', { timeout: HEALTH_TIMEOUT_MS });
    case 'redis': {
      const redis = (indicator as RedisConnection).client;
      return () =>
        indicators
          .check('redis')
          .attempt(async () => void (await redis.ping()))
          .withTimeout(HEALTH_TIMEOUT_MS);
    }
  }
}
