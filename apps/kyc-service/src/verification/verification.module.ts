import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG, type KycConfig } from '@los/common';
import { SourcesModule } from '../sources/sources.module.js';
import { VaultModule } from '../vault/vault.module.js';
import { KycCheck, KycCheckSchema } from './kyc-check.schema.js';
import { KycChecksRepository } from './kyc-checks.repository.js';
import { KYC_THRESHOLD_TABLE, parseThresholdTable } from './kyc-thresholds.js';
import { KycVerifier } from './kyc-verifier.service.js';
import { KycEventPublisher } from './redrive/kyc-event.publisher.js';
import { KycRedriveTask } from './redrive/kyc-redrive.task.js';
import { KycReviewEvidenceController } from './review-evidence/kyc-review-evidence.controller.js';
import { KycStatusController } from './status/kyc-status.controller.js';
import { KycCommandsController } from './verify-kyc/kyc-commands.controller.js';
import { VerifyKycHandler } from './verify-kyc/verify-kyc.handler.js';

@Module({
  imports: [VaultModule, SourcesModule, MongooseModule.forFeature([{ name: KycCheck.name, schema: KycCheckSchema }])],
  controllers: [KycCommandsController, KycStatusController, KycReviewEvidenceController],
  providers: [
    { provide: KYC_THRESHOLD_TABLE, inject: [APP_CONFIG], useFactory: (config: KycConfig) => parseThresholdTable(config.KYC_THRESHOLDS) },
    KycChecksRepository,
    KycVerifier,
    VerifyKycHandler,
    KycEventPublisher,
    KycRedriveTask,
  ],
})
export class VerificationModule {}
