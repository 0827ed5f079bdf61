import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { KycReviewAction, KycReviewAuditEntity } from '../../kyc-review-audit.entity.js';
import { KYC_REVIEW_CLAIM_TTL } from '../../kyc-review-claim.ttl.js';
import type { KycReviewClaimView } from '../../kyc-review.views.js';
import { KycReviewsRepository, type KycReviewCase } from '../../kyc-reviews.repository.js';
import type { ClaimKycReviewCommand } from './claim-kyc-review.command.js';

/**
 * One reviewer at a time: a claim holds until it expires; claiming again extends one's own. Refused (409) when
 * someone else's claim is live (REVIEW_ALREADY_CLAIMED), the review is resolved, or the application is not in KYC_REVIEW.
 */
@Injectable()
export class ClaimKycReviewUseCase {
  private readonly logger = new Logger(ClaimKycReviewUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: KycReviewsRepository,
    @Inject(KYC_REVIEW_CLAIM_TTL) private readonly claimTtlMs: number,
  ) {}

  async execute({ applicationId, userId }: ClaimKycReviewCommand, now = new Date()): Promise<KycReviewClaimView> {
    const review = await this.repository.findCase(applicationId);
    if (!review) throw new AppException(ErrorCode.NotFound, 'No KYC for this application');
    assertOpen(review);
    const expiresAt = new Date(now.getTime() + this.claimTtlMs);
    const claimed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.claim(manager, review, userId, now, expiresAt))) return false;
      await manager.insert(KycReviewAuditEntity, {
        kycId: review.kycId,
        applicationId,
        action: KycReviewAction.Claimed,
        actor: `user:${userId}`,
        detail: `until ${expiresAt.toISOString()}`,
        at: now,
      });
      return true;
    });
    if (!claimed) {
      const current = await this.repository.findCase(applicationId);
      if (current?.resolvedAt) throw new AppException(ErrorCode.ReviewAlreadyResolved, 'This KYC review is already resolved');
      throw new AppException(ErrorCode.ReviewAlreadyClaimed, 'Another reviewer holds this KYC review');
    }
    this.logger.log({ applicationId, kycId: review.kycId, userId }, 'KYC review claimed');
    return { applicationId, kycId: review.kycId, claimedBy: userId, claimExpiresAt: expiresAt.toISOString() };
  }
}

function assertOpen(review: KycReviewCase): void {
  if (review.resolvedAt) throw new AppException(ErrorCode.ReviewAlreadyResolved, 'This KYC review is already resolved');
  if (review.status !== ApplicationStatus.KycReview) {
    throw new AppException(ErrorCode.InvalidTransition, `The application is ${review.status}, not in KYC review`);
  }
}
