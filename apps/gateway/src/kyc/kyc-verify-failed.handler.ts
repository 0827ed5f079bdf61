import { Injectable } from '@nestjs/common';
import { AppException, DurableEventHandler, type EventHandler } from '@los/common';
import { ApplicationStatus, CommandFailure, ErrorCode, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { refusalReason } from '../common/refused-command.js';
import { KycSubmissionEntity } from './kyc-submission.entity.js';

/** kyc-service refused a verify command outright (a domain error): a person must look at it. */
@Injectable()
@DurableEventHandler(failureEventOf(MessagePattern.KycVerify))
export class KycVerifyFailedHandler implements EventHandler<CommandFailure> {
  readonly payloadClass = CommandFailure;

  constructor(
    private readonly lifecycle: ApplicationLifecycle,
    private readonly attention: ApplicationAttention,
  ) {}

  async apply(failure: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
    const submission = await manager.findOneBy(KycSubmissionEntity, { commandId: event.commandId });
    if (!submission || submission.status !== 'IN_PROGRESS') return;
    await manager.update(KycSubmissionEntity, { kycId: submission.kycId }, { status: 'REVIEW', completedAt: new Date() });
    try {
      await this.lifecycle.transition(manager, {
        applicationId: submission.applicationId,
        expectedFrom: ApplicationStatus.KycInProgress,
        to: ApplicationStatus.KycReview,
        actor: 'service:kyc',
        reason: `KYC_COMMAND_REFUSED: ${event.failureCode ?? 'unknown'}`,
      });
    } catch (error) {
      if (!(error instanceof AppException && error.code === ErrorCode.InvalidTransition)) throw error;
      // Moved meanwhile (e.g. cancelled): the refusal is still shown on the application.
      await this.attention.raise(manager, {
        applicationId: submission.applicationId,
        code: AttentionCode.KycCommandRefused,
        reason: refusalReason(failure, event, 'kyc-service'),
        commandId: event.commandId,
      });
    }
  }
}
