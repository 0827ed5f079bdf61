import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { DURABLE_ENTITIES } from '../durable/entities/durable-entities.js';
import { keepPoolConnectionWrappers } from './pool-connection-wrapper.js';

type EntityClass = new (...args: never[]) => object;

export interface MysqlConnectionChoices {
  /** Lets one query carry several statements (`sqlBatch`): only for services whose hot transactions batch. */
  multipleStatements?: boolean;
}

/** The service's own MySQL database; schema changes only through migrations. */
@Module({})
export class MysqlModule {
  static forRoot(entities: EntityClass[], choices: MysqlConnectionChoices = {}): DynamicModule {
    return {
      module: MysqlModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: FeatureConfig<'mysql'>) => {
            keepPoolConnectionWrappers();
            return { ...mysqlConnectionOptions(config.MYSQL_URL, choices), entities: [...DURABLE_ENTITIES, ...entities] };
          },
        }),
      ],
    };
  }
}

export function mysqlConnectionOptions(url: string, { multipleStatements = false }: MysqlConnectionChoices = {}) {
  return {
    type: 'mysql' as const,
    url,
    synchronize: false,
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: true,
    // trace: mysql2 would capture a stack trace on every query just in case it fails; too dear on hot paths.
    // connectTimeout: with the server unreachable a request fails in 2 s (503), not mysql2's default 10 s.
    extra: { connectionLimit: 20, decimalNumbers: false, trace: false, connectTimeout: 2_000, multipleStatements },
    retryAttempts: 3,
    retryDelay: 1_000,
  };
}
