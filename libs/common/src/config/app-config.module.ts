import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from './load-config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Makes the validated, typed configuration injectable everywhere as `APP_CONFIG`. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
