import { Injectable } from '@nestjs/common';
import { AppException, CommandOutbox } from '@los/common';
import { ApplicationStatus, ErrorCode, MessagePattern } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import { AfterCommit } from '../applications/lifecycle/after-commit.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { submitCommandOf } from './partner-submission.command.js';

export interface OutcomeRequest {
  applicationId: string;
  /** What the caller last saw: UNDERWRITING for the engine, MANUAL_REVIEW for an underwriter. */
  expectedFrom: ApplicationStatus;
  actor: string;
  reason: string;
  correlationId: string;
  /** Stable reason codes of the decision, kept in the status log. */
  reasonCodes?: string[];
}

/**
 * The three ends of our credit decision, whoever takes it (the engine or an underwriter), each in the caller's
 * transaction. Only an approval sends the application to its lender: the submit-to-partner command is recorded
 * with the move to LENDER_REVIEW, so the lender never hears of an application we did not approve.
 */
@Injectable()
export class UnderwritingOutcomes {
  constructor(
    private readonly lifecycle: ApplicationLifecycle,
    private readonly outbox: CommandOutbox,
    private readonly afterCommit: AfterCommit,
  ) {}

  async approve(manager: EntityManager, request: OutcomeRequest): Promise<ApplicationEntity> {
    const moved = await this.move(manager, request, ApplicationStatus.LenderReview);
    if (!moved.acceptedOfferId) throw new AppException(ErrorCode.InvalidTransition, 'The application has no accepted offer to submit');
    const envelope = await this.outbox.record(
      manager,
      MessagePattern.SubmitToPartner,
      submitCommandOf(moved, moved.acceptedOfferId),
      request.correlationId,
    );
    this.afterCommit.run(manager, () => this.outbox.deliverRecorded(envelope));
    return moved;
  }

  reject(manager: EntityManager, request: OutcomeRequest): Promise<ApplicationEntity> {
    return this.move(manager, request, ApplicationStatus.Rejected);
  }

  refer(manager: EntityManager, request: OutcomeRequest): Promise<ApplicationEntity> {
    return this.move(manager, request, ApplicationStatus.ManualReview);
  }

  private move(manager: EntityManager, request: OutcomeRequest, to: ApplicationStatus): Promise<ApplicationEntity> {
    return this.lifecycle.transition(manager, {
      applicationId: request.applicationId,
      expectedFrom: request.expectedFrom,
      to,
      actor: request.actor,
      reason: reasonOf(request),
      correlationId: request.correlationId,
    });
  }
}

/** The status log keeps the reason codes first, so a cut (200 characters) loses prose, not codes. */
function reasonOf(request: OutcomeRequest): string {
  const codes = request.reasonCodes?.length ? `[${request.reasonCodes.join(',')}] ` : '';
  return `${codes}${request.reason}`.slice(0, 200);
}
