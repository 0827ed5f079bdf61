import { DynamicModule, Module } from '@nestjs/common';
import type { ServiceName } from '@los/contracts';
import { AppConfigModule } from '../config/app-config.module.js';
import type { AppConfig, FeatureConfig } from '../config/load-config.js';
import { DurableModule } from '../durable/durable.module.js';
import { HealthModule } from '../health/health.module.js';
import { LoggingModule } from '../logging/logging.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { MongoModule } from '../persistence/mongo.module.js';
import { MysqlModule, type MysqlConnectionChoices } from '../persistence/mysql.module.js';
import { RedisModule } from '../redis/redis.module.js';

type EntityClass = new (...args: never[]) => object;

export interface ServiceInfrastructure {
  /** The service's TypeORM entities (the durable tables are added for every service). */
  entities: EntityClass[];
  /** Services whose events queues this one reports command results to. */
  reportsTo: ServiceName[];
  mysql?: MysqlConnectionChoices;
}

/** What every backend service runs on: config, logs, MySQL, Mongo, Redis, the durable path, health, metrics. */
@Module({})
export class ServiceInfrastructureModule {
  static forService(
    config: AppConfig & FeatureConfig<'redis' | 'mysql' | 'mongo' | 'durable'>,
    { entities, reportsTo, mysql }: ServiceInfrastructure,
  ): DynamicModule {
    return {
      module: ServiceInfrastructureModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        MysqlModule.forRoot(entities, mysql),
        MongoModule.forRoot(),
        RedisModule,
        DurableModule.forRoot({ service: config.service, reportsTo }),
        HealthModule.forDependencies(['mysql', 'mongo', 'redis']),
        MetricsModule,
      ],
    };
  }
}
