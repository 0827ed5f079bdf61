import { Module, type OnModuleInit } from '@nestjs/common';
import { LenderFaultsModule } from '../faults/lender-faults.module.js';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { KuberAdminController } from './kuber-admin.controller.js';
import { KuberLenderController } from './kuber-lender.controller.js';
import { KUBER_CODE } from './kuber-lender.constants.js';
import { KuberLenderService } from './kuber-lender.service.js';
import { kuberErrorXml } from './kuber-xml.codec.js';
import { KuberXmlBodyRegistrar } from './kuber-xml-body.registrar.js';

/** The simulated KUBER at `/lenders/kuber/...`. */
@Module({
  imports: [LenderFaultsModule],
  controllers: [KuberAdminController, KuberLenderController],
  providers: [KuberLenderService, KuberXmlBodyRegistrar],
})
export class KuberLenderModule implements OnModuleInit {
  constructor(private readonly faults: LenderFaults) {}

  onModuleInit(): void {
    this.faults.registerErrorBody(KUBER_CODE, (_status, code, message) => kuberErrorXml(code, message));
  }
}
