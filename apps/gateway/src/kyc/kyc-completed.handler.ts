import { Injectable, Logger } from '@nestjs/common';
import { AppException, DurableEventHandler, type EventHandler } from '@los/common';
import { ApplicationStatus, ErrorCode, EventType, KycCompletedEvent, type ResultEvent } from '@los/contracts';
import { LessThan, type EntityManager } from 'typeorm';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { KycReviewClosure } from '../kyc-reviews/kyc-review-closure.service.js';
import { KycSubmissionEntity } from './kyc-submission.entity.js';

const STATUS_OF_RESULT = {
  VERIFIED: ApplicationStatus.KycVerified,
  REVIEW: ApplicationStatus.KycReview,
  FAILED: ApplicationStatus.KycFailed,
} as const;

/** Moves the application when its latest KYC attempt reports; older revisions and superseded attempts are recorded only. */
@Injectable()
@DurableEventHandler(EventType.KycCompleted)
export class KycCompletedHandler implements EventHandler<KycCompletedEvent> {
  readonly payloadClass = KycCompletedEvent;
  private readonly logger = new Logger(KycCompletedHandler.name);

  constructor(
    private readonly lifecycle: ApplicationLifecycle,
    private readonly reviews: KycReviewClosure,
  ) {}

  async apply(result: KycCompletedEvent, event: ResultEvent, manager: EntityManager): Promise<void> {
    if (await this.reviews.resolvedByPerson(manager, result.kycId)) {
      this.logger.warn({ kycId: result.kycId, revision: result.revision }, 'KYC result after a reviewer resolved the attempt: not applied');
      return;
    }
    const updated = await manager.update(
      KycSubmissionEntity,
      { kycId: result.kycId, revision: LessThan(result.revision) },
      {
        status: result.status,
        score: result.score,
        revision: result.revision,
        completedAt: new Date(),
      },
    );
    if (updated.affected !== 1) return;
    const latest = await manager.findOne(KycSubmissionEntity, {
      where: { applicationId: result.applicationId },
      order: { createdAt: 'DESC' },
    });
    if (latest?.kycId !== result.kycId) return;
    try {
      await this.lifecycle.transition(manager, {
        applicationId: result.applicationId,
        to: STATUS_OF_RESULT[result.status],
        actor: 'service:kyc',
        reason: result.reasons.slice(0, 5).join(', ') || `kyc ${result.status.toLowerCase()}`,
        correlationId: event.correlationId,
      });
      if (result.status !== 'REVIEW')
        await this.reviews.closeAutomatically(manager, { kycId: result.kycId, applicationId: result.applicationId }, result.status);
    } catch (error) {
      // e.g. cancelled meanwhile: the result is kept on the attempt; the application stays where it is.
      if (!(error instanceof AppException && error.code === ErrorCode.InvalidTransition)) throw error;
      this.logger.warn({ kycId: result.kycId }, 'KYC result recorded without moving the application');
    }
  }
}
