import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule, HealthModule, LoggingModule, MetricsModule, type SandboxConfig } from '@los/common';
import { BankVerificationModule } from './bank-verification/bank-verification.module.js';
import { BureauModule } from './bureau/bureau.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { LendersModule } from './lenders/lenders.module.js';
import { KuberOceanLendersModule } from './lenders/kuber/kuber-ocean-lenders.module.js';
import { assertNotProduction } from './production-guard.js';
import { SmsModule } from './sms/sms.module.js';

/** Simulators of the outside world: identity sources (PAN, Aadhaar eKYC, CKYC), the credit bureau, lenders, penny-drop bank account verification and an SMS gateway. */
@Module({})
export class AppModule {
  static register(config: SandboxConfig): DynamicModule {
    assertNotProduction(config);
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        HealthModule.forDependencies([]),
        MetricsModule,
        BureauModule,
        IdentityModule,
        LendersModule,
        KuberOceanLendersModule,
        BankVerificationModule,
        SmsModule,
      ],
    };
  }
}
