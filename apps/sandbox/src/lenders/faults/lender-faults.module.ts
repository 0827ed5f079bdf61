import { Module } from '@nestjs/common';
import { LenderAdminController } from './lender-admin.controller.js';
import { LenderDisbursalScripts } from './lender-disbursal-scripts.service.js';
import { LenderFaultStateService } from './lender-fault-state.service.js';
import { LenderFaults } from './lender-faults.service.js';
import { LenderStatsService } from './lender-stats.service.js';
import { LenderWebhooks } from './lender-webhooks.service.js';

/** Fault injection, request counts and webhook delivery for every simulated lender (`/lenders/:code/admin/...`). */
@Module({
  controllers: [LenderAdminController],
  providers: [LenderFaultStateService, LenderStatsService, LenderFaults, LenderWebhooks, LenderDisbursalScripts],
  exports: [LenderFaults, LenderWebhooks, LenderDisbursalScripts],
})
export class LenderFaultsModule {}
