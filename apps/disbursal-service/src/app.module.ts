import { DynamicModule, Module } from '@nestjs/common';
import { ServiceInfrastructureModule, type DisbursalConfig } from '@los/common';
import { ServiceName } from '@los/contracts';
import { BankAccountsModule } from './bank-accounts/bank-accounts.module.js';
import { DISBURSAL_ENTITIES } from './database/disbursal-schema.js';
import { DisbursalsModule } from './disbursals/disbursals.module.js';
import { PartnerCallsModule } from './partner-calls/partner-calls.module.js';
import { SubmissionsModule } from './submissions/submissions.module.js';

@Module({})
export class AppModule {
  static register(config: DisbursalConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceInfrastructureModule.forService(config, { entities: DISBURSAL_ENTITIES, reportsTo: [ServiceName.Gateway] }),
        DisbursalsModule,
        BankAccountsModule,
        SubmissionsModule,
        PartnerCallsModule,
      ],
    };
  }
}
