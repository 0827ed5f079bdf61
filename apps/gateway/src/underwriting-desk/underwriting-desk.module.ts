import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type GatewayConfig } from '@los/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { UnderwritingModule } from '../underwriting/underwriting.module.js';
import { UnderwritingSlaBreachEntity } from './sla/underwriting-sla-breach.entity.js';
import { UnderwritingSlaEscalator } from './sla/underwriting-sla.escalator.js';
import { UNDERWRITING_DESK_SETTINGS, type UnderwritingDeskSettings } from './underwriting-desk.settings.js';
import { UnderwritingReviewAuditEntity } from './underwriting-review-audit.entity.js';
import { UnderwritingReviewEntity } from './underwriting-review.entity.js';
import { UnderwritingReviewsController } from './underwriting-reviews.controller.js';
import { UnderwritingReviewsRepository } from './underwriting-reviews.repository.js';
import { ClaimUnderwritingReviewUseCase } from './usecases/claim-underwriting-review/claim-underwriting-review.usecase.js';
import { DecideUnderwritingReviewUseCase } from './usecases/decide-underwriting-review/decide-underwriting-review.usecase.js';
import { GetUnderwritingReviewEvidenceUseCase } from './usecases/get-underwriting-review-evidence/get-underwriting-review-evidence.usecase.js';
import { ListUnderwritingReviewsUseCase } from './usecases/list-underwriting-reviews/list-underwriting-reviews.usecase.js';

const settingsOf = (config: GatewayConfig): UnderwritingDeskSettings => ({
  slaMs: config.UNDERWRITING_REVIEW_SLA_MS,
  claimMs: config.UNDERWRITING_REVIEW_CLAIM_MS,
  checkerAbove: config.UNDERWRITING_CHECKER_ABOVE,
  slaMarginMs: config.UNDERWRITING_SLA_MARGIN_MS,
  slaScanMs: config.UNDERWRITING_SLA_SCAN_MS,
});

/** The underwriting review desk: underwriters list, claim, examine and decide referred applications (maker-checker), on a deadline. */
@Module({
  imports: [
    ApplicationsModule,
    UnderwritingModule,
    DocumentsModule,
    TypeOrmModule.forFeature([UnderwritingReviewEntity, UnderwritingReviewAuditEntity, UnderwritingSlaBreachEntity]),
  ],
  controllers: [UnderwritingReviewsController],
  providers: [
    { provide: UNDERWRITING_DESK_SETTINGS, inject: [APP_CONFIG], useFactory: settingsOf },
    UnderwritingReviewsRepository,
    ListUnderwritingReviewsUseCase,
    ClaimUnderwritingReviewUseCase,
    GetUnderwritingReviewEvidenceUseCase,
    DecideUnderwritingReviewUseCase,
    UnderwritingSlaEscalator,
  ],
})
export class UnderwritingDeskModule {}
