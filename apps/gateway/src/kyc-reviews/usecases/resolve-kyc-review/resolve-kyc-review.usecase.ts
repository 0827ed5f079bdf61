import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode, KYC_REVIEW_REASON_CODES, KycReviewDecision } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { ApplicationLifecycle } from '../../../applications/lifecycle/application-lifecycle.service.js';
import { KycSubmissionEntity } from '../../../kyc/kyc-submission.entity.js';
import { KycReviewAction, KycReviewAuditEntity } from '../../kyc-review-audit.entity.js';
import { KycReviewEntity } from '../../kyc-review.entity.js';
import type { KycReviewResolutionView } from '../../kyc-review.views.js';
import { KycReviewsRepository } from '../../kyc-reviews.repository.js';
import type { ResolveKycReviewCommand } from './resolve-kyc-review.command.js';

const STATUS_OF_DECISION = {
  [KycReviewDecision.Verified]: ApplicationStatus.KycVerified,
  [KycReviewDecision.Failed]: ApplicationStatus.KycFailed,
} as const;

/**
 * A person's answer to a KYC review, applied as an automatic result would be: the same lifecycle transition
 * (actor `user:<id>`), the attempt's status, the resolution and its audit row, all in one transaction. Needs the
 * caller's live claim (REVIEW_NOT_CLAIMED); a resolved review stays resolved (REVIEW_ALREADY_RESOLVED).
 */
@Injectable()
export class ResolveKycReviewUseCase {
  private readonly logger = new Logger(ResolveKycReviewUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: KycReviewsRepository,
    private readonly lifecycle: ApplicationLifecycle,
  ) {}

  async execute(command: ResolveKycReviewCommand, now = new Date()): Promise<KycReviewResolutionView> {
    const { applicationId, userId, decision, reasonCode, note } = command;
    if (!KYC_REVIEW_REASON_CODES[decision].includes(reasonCode)) {
      throw new AppException(ErrorCode.ValidationFailed, `reasonCode ${reasonCode} does not go with decision ${decision}`);
    }
    const review = await this.repository.findCase(applicationId);
    if (!review) throw new AppException(ErrorCode.NotFound, 'No KYC for this application');
    const actor = `user:${userId}`;
    const to = STATUS_OF_DECISION[decision];

    await this.dataSource.transaction(async (manager) => {
      // The review row first, as the KYC result handler does: a re-drive's result and a person's answer serialize.
      const row = await this.repository.findForUpdate(manager, review.kycId);
      if (row?.resolvedAt) throw new AppException(ErrorCode.ReviewAlreadyResolved, 'This KYC review is already resolved');
      if (!row || row.claimedBy !== userId || row.claimExpiresAt === null || row.claimExpiresAt <= now) {
        throw new AppException(ErrorCode.ReviewNotClaimed, 'Claim the KYC review before resolving it');
      }
      await this.lifecycle.transition(manager, {
        applicationId,
        to,
        actor,
        reason: `kyc review ${decision.toLowerCase()}: ${reasonCode}`,
        expectedFrom: ApplicationStatus.KycReview,
      });
      await manager.update(KycSubmissionEntity, { kycId: review.kycId }, { status: decision, completedAt: now });
      await manager.update(KycReviewEntity, { kycId: review.kycId }, { decision, reasonCode, note, resolvedBy: actor, resolvedAt: now });
      await manager.insert(KycReviewAuditEntity, {
        kycId: review.kycId,
        applicationId,
        action: KycReviewAction.Resolved,
        actor,
        detail: `${decision} ${reasonCode}`,
        at: now,
      });
    });
    this.logger.log({ applicationId, kycId: review.kycId, decision, reasonCode, actor }, 'KYC review resolved');
    return {
      applicationId,
      kycId: review.kycId,
      decision,
      reasonCode,
      applicationStatus: to,
      resolvedBy: actor,
      resolvedAt: now.toISOString(),
    };
  }
}
