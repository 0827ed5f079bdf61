import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { UnderwritingReviewAction, UnderwritingReviewAuditEntity } from '../../underwriting-review-audit.entity.js';
import type { UnderwritingReviewClaimView } from '../../underwriting-review.views.js';
import { UNDERWRITING_DESK_SETTINGS, type UnderwritingDeskSettings } from '../../underwriting-desk.settings.js';
import { UnderwritingReviewsRepository, type UnderwritingReviewCase } from '../../underwriting-reviews.repository.js';
import type { ClaimUnderwritingReviewCommand } from './claim-underwriting-review.command.js';

/**
 * One underwriter at a time: a claim holds until it expires; claiming again extends one's own. Refused (409) when
 * someone else's claim is live (REVIEW_ALREADY_CLAIMED), the review is decided, or the application is not in
 * MANUAL_REVIEW; the maker of an approval waiting for its checker cannot take it to check (403 CHECKER_SAME_AS_MAKER).
 */
@Injectable()
export class ClaimUnderwritingReviewUseCase {
  private readonly logger = new Logger(ClaimUnderwritingReviewUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: UnderwritingReviewsRepository,
    @Inject(UNDERWRITING_DESK_SETTINGS) private readonly settings: UnderwritingDeskSettings,
  ) {}

  async execute({ applicationId, userId }: ClaimUnderwritingReviewCommand, now = new Date()): Promise<UnderwritingReviewClaimView> {
    const review = await this.repository.findCase(applicationId);
    if (!review) throw new AppException(ErrorCode.NotFound, 'Application not found');
    const enteredReviewAt = assertOpen(review, userId);
    const expiresAt = new Date(now.getTime() + this.settings.claimMs);
    const claimed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.claim(manager, { applicationId, enteredReviewAt }, userId, now, expiresAt))) return false;
      await manager.insert(UnderwritingReviewAuditEntity, {
        applicationId,
        action: UnderwritingReviewAction.Claimed,
        actor: `user:${userId}`,
        reasonCodes: null,
        note: null,
        detail: `until ${expiresAt.toISOString()}`,
        at: now,
      });
      return true;
    });
    if (!claimed) {
      const current = await this.repository.findCase(applicationId);
      if (current?.resolvedAt) throw new AppException(ErrorCode.ReviewAlreadyResolved, 'This review is already decided');
      throw new AppException(ErrorCode.ReviewAlreadyClaimed, 'Another underwriter holds this review');
    }
    this.logger.log({ applicationId, userId }, 'Underwriting review claimed');
    return { applicationId, claimedBy: userId, claimExpiresAt: expiresAt.toISOString() };
  }
}

function assertOpen(review: UnderwritingReviewCase, userId: string): Date {
  if (review.resolvedAt) throw new AppException(ErrorCode.ReviewAlreadyResolved, 'This review is already decided');
  if (review.status !== ApplicationStatus.ManualReview || !review.enteredReviewAt) {
    throw new AppException(ErrorCode.InvalidTransition, `The application is ${review.status}, not in MANUAL_REVIEW`);
  }
  if (review.makerId === userId) {
    throw new AppException(ErrorCode.CheckerSameAsMaker, 'Your approval waits for a second underwriter; you cannot check it yourself');
  }
  return review.enteredReviewAt;
}
