import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { BankAccountsModule } from '../bank-accounts/bank-accounts.module.js';
import { DisburseFailedHandler } from './disburse-failed.handler.js';
import { DisbursalTrigger } from './disbursal-trigger.js';
import { DisbursalUpdatedHandler } from './disbursal-updated.handler.js';
import { DisbursalsController } from './disbursals.controller.js';
import { RetryDisbursalUseCase } from './usecases/retry-disbursal/retry-disbursal.usecase.js';

/** Money out, the gateway's side: the trigger, the outcome, the disbursal read, ops re-initiation and the reconciliation report. */
@Module({
  imports: [ApplicationsModule, BankAccountsModule],
  controllers: [DisbursalsController],
  providers: [DisbursalTrigger, DisbursalUpdatedHandler, DisburseFailedHandler, RetryDisbursalUseCase],
})
export class DisbursalsModule {}
