import { DynamicModule, Module } from '@nestjs/common';
import {
  AccessModule, AppConfigModule, DurableModule, HealthModule, IdempotencyModule, LoggingModule, MetricsModule,
  MongoModule, MysqlModule, RedisModule, type AppConfig,
} from '@los/common';
import { ServiceName } from '@los/contracts';
import { ApplicationsModule } from './applications/applications.module.js';
import { AuthModule } from './auth/auth.module.js';
import { GATEWAY_ENTITIES } from './database/gateway-schema.js';
import { DocumentsModule } from './documents/documents.module.js';
import { ProbesModule } from './probes/probes.module.js';
import { EmiModule } from './emi/emi.module.js';
import { KycModule } from './kyc/kyc.module.js';
import { OffersModule } from './offers/offers.module.js';
import { PartnersModule } from './partners/partners.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { UsersModule } from './users/users.module.js';

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
        RedisModule,
        DurableModule.forRoot({ service: ServiceName.Gateway, reportsTo: [] }),
        HealthModule.forDependencies(['mysql', 'mongo', 'redis']),
        MetricsModule,
        AccessModule,
        IdempotencyModule,
        RateLimitModule,
        UsersModule,
        AuthModule,
        ApplicationsModule,
        DocumentsModule,
        KycModule,
        OffersModule,
        PartnersModule,
        EmiModule,
        ProbesModule,
      ],
    };
  }
}
