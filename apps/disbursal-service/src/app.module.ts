import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfigModule, DurableModule, HealthModule, LoggingModule, MetricsModule, MongoModule, MysqlModule, RedisModule, type AppConfig,
} from '@los/common';
import { ServiceName } from '@los/contracts';
import { DISBURSAL_ENTITIES } from './database/disbursal-schema.js';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        MysqlModule.forRoot(DISBURSAL_ENTITIES),
        MongoModule.forRoot(),
        RedisModule,
        DurableModule.forRoot({ service: ServiceName.Disbursal, reportsTo: [ServiceName.Gateway] }),
        HealthModule.forDependencies(['mysql', 'mongo', 'redis']),
        MetricsModule,
      ],
    };
  }
}
