import { Module } from '@nestjs/common';
import { AadhaarEkycController } from './aadhaar/aadhaar-ekyc.controller.js';
import { AadhaarEkycService } from './aadhaar/aadhaar-ekyc.service.js';
import { OtpTransactionsStore } from './aadhaar/otp-transactions.store.js';
import { CkycController } from './ckyc/ckyc.controller.js';
import { CkycService } from './ckyc/ckyc.service.js';
import { FaultGate } from './faults/fault-gate.service.js';
import { FaultStateService } from './faults/fault-state.service.js';
import { FaultsController } from './faults/faults.controller.js';
import { RequestStatsService } from './faults/request-stats.service.js';
import { PanVerificationController } from './pan/pan-verification.controller.js';
import { PanVerificationService } from './pan/pan-verification.service.js';
import { IdentitiesController } from './registry/identities.controller.js';
import { IdentityRegistryService } from './registry/identity-registry.service.js';

/** Simulated identity sources (PAN, Aadhaar eKYC, CKYC) over one registry, with fault injection for tests. */
@Module({
  controllers: [PanVerificationController, AadhaarEkycController, CkycController, IdentitiesController, FaultsController],
  providers: [
    IdentityRegistryService,
    FaultStateService,
    RequestStatsService,
    FaultGate,
    PanVerificationService,
    AadhaarEkycService,
    OtpTransactionsStore,
    CkycService,
  ],
  exports: [FaultGate],
})
export class IdentityModule {}
