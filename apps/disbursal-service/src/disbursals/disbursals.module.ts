import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DISBURSAL_JOBS_QUEUE } from '@los/contracts';
import { BankAccountEntity } from '../bank-accounts/bank-account.entity.js';
import { BankAccountsModule } from '../bank-accounts/bank-accounts.module.js';
import { ConnectionsModule } from '../connections/connections.module.js';
import { BankAccountBeneficiaries } from './beneficiary/bank-account-beneficiaries.js';
import { VERIFIED_ACCOUNTS } from './beneficiary/verified-accounts.js';
import { DisbursalProgress } from './disbursal-progress.service.js';
import { DisbursalsController } from './disbursals.controller.js';
import { DisbursalsRepository } from './disbursals.repository.js';
import { DisbursalLenderEventEntity } from './entities/disbursal-lender-event.entity.js';
import { DisbursalReconciliationEntity } from './entities/disbursal-reconciliation.entity.js';
import { DisbursalEntity } from './entities/disbursal.entity.js';
import { DisbursalJobsScheduler } from './jobs/disbursal-jobs.scheduler.js';
import { DisbursalSweeps } from './jobs/disbursal-sweeps.service.js';
import { ApplyLenderEventsUseCase } from './usecases/apply-lender-events/apply-lender-events.usecase.js';
import { AttemptDisbursalUseCase } from './usecases/attempt-disbursal/attempt-disbursal.usecase.js';
import { GetDisbursalUseCase } from './usecases/get-disbursal/get-disbursal.usecase.js';
import { GetReconciliationUseCase } from './usecases/get-reconciliation/get-reconciliation.usecase.js';
import { DisburseHandler } from './usecases/start-disbursal/disburse.handler.js';
import { SyncDisbursalUseCase } from './usecases/sync-disbursal/sync-disbursal.usecase.js';

/** Money out: one disbursal per application, its retries, lender news, polling and the reconciler. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DisbursalEntity, DisbursalLenderEventEntity, DisbursalReconciliationEntity, BankAccountEntity]),
    BankAccountsModule,
    BullModule.registerQueue({ name: DISBURSAL_JOBS_QUEUE }),
    ConnectionsModule,
  ],
  controllers: [DisbursalsController],
  providers: [
    DisbursalsRepository,
    DisbursalProgress,
    DisburseHandler,
    AttemptDisbursalUseCase,
    ApplyLenderEventsUseCase,
    SyncDisbursalUseCase,
    GetDisbursalUseCase,
    GetReconciliationUseCase,
    DisbursalSweeps,
    DisbursalJobsScheduler,
    { provide: VERIFIED_ACCOUNTS, useClass: BankAccountBeneficiaries },
  ],
})
export class DisbursalsModule {}
