import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode, UNDERWRITING_REVIEW_REASON_CODES, UnderwritingReviewDecision } from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { UnderwritingOutcomes } from '../../../underwriting/underwriting-outcomes.service.js';
import { makerCheckerStep, MakerCheckerStep } from '../../maker-checker.rule.js';
import { UnderwritingReviewAction, UnderwritingReviewAuditEntity } from '../../underwriting-review-audit.entity.js';
import { UnderwritingReviewEntity } from '../../underwriting-review.entity.js';
import type { UnderwritingReviewDecisionView } from '../../underwriting-review.views.js';
import { UNDERWRITING_DESK_SETTINGS, type UnderwritingDeskSettings } from '../../underwriting-desk.settings.js';
import { UnderwritingReviewsRepository } from '../../underwriting-reviews.repository.js';
import type { DecideUnderwritingReviewCommand } from './decide-underwriting-review.command.js';

/**
 * An underwriter's decision on a referred application, with their own live claim (REVIEW_NOT_CLAIMED), once
 * (REVIEW_ALREADY_RESOLVED). Approval goes on to the lender (`UnderwritingOutcomes.approve`), rejection ends it;
 * an approval above UNDERWRITING_CHECKER_ABOVE first records the maker, releases the claim, and waits for a second
 * underwriter's approval. Every step is audited in the transaction that makes it.
 */
@Injectable()
export class DecideUnderwritingReviewUseCase {
  private readonly logger = new Logger(DecideUnderwritingReviewUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: UnderwritingReviewsRepository,
    private readonly outcomes: UnderwritingOutcomes,
    @Inject(UNDERWRITING_DESK_SETTINGS) private readonly settings: UnderwritingDeskSettings,
  ) {}

  async execute(command: DecideUnderwritingReviewCommand, now = new Date()): Promise<UnderwritingReviewDecisionView> {
    const { applicationId, userId, decision, reasonCodes } = command;
    const foreign = reasonCodes.filter((code) => !UNDERWRITING_REVIEW_REASON_CODES[decision].includes(code));
    if (foreign.length > 0)
      throw new AppException(ErrorCode.ValidationFailed, `reasonCodes ${foreign.join(',')} do not go with ${decision}`);
    const review = await this.repository.findCase(applicationId);
    if (!review) throw new AppException(ErrorCode.NotFound, 'Application not found');
    if (!review.enteredReviewAt) throw new AppException(ErrorCode.ReviewNotClaimed, 'Claim the review before deciding it');
    const key = { applicationId, enteredReviewAt: review.enteredReviewAt };
    const actor = `user:${userId}`;

    const view = await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.findForUpdate(manager, key);
      if (row?.resolvedAt) throw new AppException(ErrorCode.ReviewAlreadyResolved, 'This review is already decided');
      if (!row || row.claimedBy !== userId || row.claimExpiresAt === null || row.claimExpiresAt <= now) {
        throw new AppException(ErrorCode.ReviewNotClaimed, 'Claim the review before deciding it');
      }
      const step = makerCheckerStep({
        decision,
        amount: review.amount,
        checkerAbove: this.settings.checkerAbove,
        makerId: row.makerId,
        userId,
      });
      if (step === MakerCheckerStep.RefuseSameUnderwriter) {
        throw new AppException(ErrorCode.CheckerSameAsMaker, 'Your approval waits for a second underwriter; you cannot check it yourself');
      }
      if (step === MakerCheckerStep.RecordMaker) return this.recordMaker(manager, command, key, now);
      return this.apply(manager, command, key, row, now);
    });
    this.logger.log({ applicationId, decision, outcome: view.outcome, actor, reasonCodes }, 'Underwriting review decided');
    return view;
  }

  private async recordMaker(
    manager: EntityManager,
    { applicationId, userId, decision, reasonCodes, note }: DecideUnderwritingReviewCommand,
    key: { applicationId: string; enteredReviewAt: Date },
    now: Date,
  ): Promise<UnderwritingReviewDecisionView> {
    // The claim is released so that a second underwriter can take the review to check it.
    await manager.update(UnderwritingReviewEntity, key, {
      makerId: userId,
      makerAt: now,
      makerNote: note,
      makerReasonCodes: reasonCodes.join(','),
      claimedBy: null,
      claimExpiresAt: null,
    });
    await this.audit(manager, applicationId, UnderwritingReviewAction.MakerApproved, `user:${userId}`, reasonCodes, note, null, now);
    return {
      applicationId,
      decision,
      reasonCodes,
      outcome: 'AWAITING_CHECKER',
      applicationStatus: ApplicationStatus.ManualReview,
      decidedBy: `user:${userId}`,
      makerId: userId,
      at: now.toISOString(),
    };
  }

  private async apply(
    manager: EntityManager,
    { applicationId, userId, decision, reasonCodes, note, correlationId }: DecideUnderwritingReviewCommand,
    key: { applicationId: string; enteredReviewAt: Date },
    row: UnderwritingReviewEntity,
    now: Date,
  ): Promise<UnderwritingReviewDecisionView> {
    const actor = `user:${userId}`;
    const approve = decision === UnderwritingReviewDecision.Approve;
    const checked = approve && row.makerId !== null;
    const request = {
      applicationId,
      expectedFrom: ApplicationStatus.ManualReview,
      actor,
      reason: approve
        ? checked
          ? `underwriter approved, checked (maker user:${row.makerId})`
          : 'underwriter approved'
        : 'underwriter rejected',
      reasonCodes,
      correlationId,
    };
    const moved = approve ? await this.outcomes.approve(manager, request) : await this.outcomes.reject(manager, request);
    await manager.update(UnderwritingReviewEntity, key, {
      decision,
      reasonCodes: reasonCodes.join(','),
      note,
      resolvedBy: actor,
      resolvedAt: now,
    });
    const action = approve ? UnderwritingReviewAction.Approved : UnderwritingReviewAction.Rejected;
    await this.audit(manager, applicationId, action, actor, reasonCodes, note, checked ? `maker user:${row.makerId}` : null, now);
    return {
      applicationId,
      decision,
      reasonCodes,
      outcome: 'APPLIED',
      applicationStatus: moved.status,
      decidedBy: actor,
      makerId: checked ? row.makerId : null,
      at: now.toISOString(),
    };
  }

  private async audit(
    manager: EntityManager,
    applicationId: string,
    action: UnderwritingReviewAction,
    actor: string,
    reasonCodes: string[],
    note: string,
    detail: string | null,
    at: Date,
  ): Promise<void> {
    await manager.insert(UnderwritingReviewAuditEntity, {
      applicationId,
      action,
      actor,
      reasonCodes: reasonCodes.join(','),
      note,
      detail,
      at,
    });
  }
}
