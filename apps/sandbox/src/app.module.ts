import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule, HealthModule, LoggingModule, MetricsModule, type AppConfig } from '@los/common';

/** Simulators of partner and identity-source APIs; they arrive with the KYC and NBFC issues. */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), LoggingModule.forRoot(config), HealthModule.forDependencies([]), MetricsModule],
    };
  }
}
