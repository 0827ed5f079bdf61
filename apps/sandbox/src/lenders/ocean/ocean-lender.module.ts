import { Module, type OnModuleInit } from '@nestjs/common';
import { LenderFaultsModule } from '../faults/lender-faults.module.js';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { OceanAdminController } from './ocean-admin.controller.js';
import { OCEAN_CODE } from './ocean-lender.constants.js';
import { OceanKeys } from './ocean-keys.service.js';
import { OceanLenderController } from './ocean-lender.controller.js';
import { OceanLenderService } from './ocean-lender.service.js';
import { OceanRawBodyRegistrar } from './ocean-raw-body.registrar.js';

/** The simulated OCEAN at `/lenders/ocean/...`; faults come unsigned, as from a gateway in front of it. */
@Module({
  imports: [LenderFaultsModule],
  controllers: [OceanAdminController, OceanLenderController],
  providers: [OceanKeys, OceanLenderService, OceanRawBodyRegistrar],
})
export class OceanLenderModule implements OnModuleInit {
  constructor(private readonly faults: LenderFaults) {}

  onModuleInit(): void {
    this.faults.registerErrorBody(OCEAN_CODE, (_status, code, message) => JSON.stringify({ error: { code, message } }));
  }
}
