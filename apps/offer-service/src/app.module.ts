import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfigModule, DurableModule, HealthModule, LoggingModule, MetricsModule, MongoModule, MysqlModule, RedisModule, type AppConfig,
} from '@los/common';
import { ServiceName } from '@los/contracts';
import { OFFER_ENTITIES } from './database/offer-schema.js';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        MysqlModule.forRoot(OFFER_ENTITIES),
        MongoModule.forRoot(),
        RedisModule,
        DurableModule.forRoot({ service: ServiceName.Offer, reportsTo: [ServiceName.Gateway] }),
        HealthModule.forDependencies(['mysql', 'mongo', 'redis']),
        MetricsModule,
      ],
    };
  }
}
