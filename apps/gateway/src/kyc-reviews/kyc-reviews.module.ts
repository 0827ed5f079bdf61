import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type GatewayConfig } from '@los/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { KycReviewAuditEntity } from './kyc-review-audit.entity.js';
import { KYC_REVIEW_CLAIM_TTL } from './kyc-review-claim.ttl.js';
import { KycReviewClosure } from './kyc-review-closure.service.js';
import { KycReviewEntity } from './kyc-review.entity.js';
import { KycReviewsController } from './kyc-reviews.controller.js';
import { KycReviewsRepository } from './kyc-reviews.repository.js';
import { ClaimKycReviewUseCase } from './usecases/claim-kyc-review/claim-kyc-review.usecase.js';
import { GetKycReviewEvidenceUseCase } from './usecases/get-kyc-review-evidence/get-kyc-review-evidence.usecase.js';
import { ListKycReviewsUseCase } from './usecases/list-kyc-reviews/list-kyc-reviews.usecase.js';
import { ResolveKycReviewUseCase } from './usecases/resolve-kyc-review/resolve-kyc-review.usecase.js';

/** The KYC review desk: staff list, claim, examine and resolve KYC attempts left in review. */
@Module({
  imports: [ApplicationsModule, TypeOrmModule.forFeature([KycReviewEntity, KycReviewAuditEntity])],
  controllers: [KycReviewsController],
  providers: [
    { provide: KYC_REVIEW_CLAIM_TTL, inject: [APP_CONFIG], useFactory: (config: GatewayConfig) => config.KYC_REVIEW_CLAIM_MS },
    KycReviewsRepository,
    KycReviewClosure,
    ListKycReviewsUseCase,
    ClaimKycReviewUseCase,
    GetKycReviewEvidenceUseCase,
    ResolveKycReviewUseCase,
  ],
  exports: [KycReviewClosure],
})
export class KycReviewsModule {}
