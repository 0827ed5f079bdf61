import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfigModule, DurableModule, HealthModule, LoggingModule, MetricsModule, MongoModule, MysqlModule, type AppConfig,
} from '@los/common';
import { ServiceName } from '@los/contracts';
import { GATEWAY_ENTITIES } from './database/gateway-schema.js';
import { ProbesModule } from './probes/probes.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        MysqlModule.forRoot(GATEWAY_ENTITIES),
        MongoModule.forRoot(),
        DurableModule.forRoot({ service: ServiceName.Gateway, reportsTo: [] }),
        HealthModule.forDependencies(['mysql', 'mongo', 'redis']),
        MetricsModule,
        ProbesModule,
      ],
    };
  }
}
