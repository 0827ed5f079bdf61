import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/load-config.js';
import { pinoOptions } from './pino-options.js';

/** Structured JSON logs (nestjs-pino) for every app. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: pinoOptions(config.service, config.LOG_LEVEL) })],
    };
  }
}
