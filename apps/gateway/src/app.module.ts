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
        UsersModule,
        AuthModule,
        ApplicationsModule,
        DocumentsModule,
        ProbesModule,
      ],
    };
  }
}
