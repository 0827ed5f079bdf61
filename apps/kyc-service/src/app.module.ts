import { DynamicModule, Module } from '@nestjs/common';
import { ServiceInfrastructureModule, type KycConfig } from '@los/common';
import { ServiceName } from '@los/contracts';
import { AadhaarOtpModule } from './aadhaar-otp/aadhaar-otp.module.js';
import { KYC_ENTITIES } from './database/kyc-schema.js';
import { MatchQueriesModule } from './match-queries/match-queries.module.js';
import { ProbesModule } from './probes/probes.module.js';
import { VaultModule } from './vault/vault.module.js';
import { VerificationModule } from './verification/verification.module.js';

@Module({})
export class AppModule {
  static register(config: KycConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceInfrastructureModule.forService(config, { entities: KYC_ENTITIES, reportsTo: [ServiceName.Gateway] }),
        ProbesModule,
        VaultModule,
        AadhaarOtpModule,
        VerificationModule,
        MatchQueriesModule,
      ],
    };
  }
}
