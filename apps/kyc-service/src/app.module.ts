import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfigModule, DurableModule, HealthModule, LoggingModule, MetricsModule, MongoModule, MysqlModule, RedisModule, type AppConfig,
} from '@los/common';
import { ServiceName } from '@los/contracts';
import { KYC_ENTITIES } from './database/kyc-schema.js';
import { ProbesModule } from './probes/probes.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        MysqlModule.forRoot(KYC_ENTITIES),
        MongoModule.forRoot(),
        RedisModule,
        DurableModule.forRoot({ service: ServiceName.Kyc, reportsTo: [ServiceName.Gateway] }),
        HealthModule.forDependencies(['mysql', 'mongo', 'redis']),
        MetricsModule,
        ProbesModule,
      ],
    };
  }
}
