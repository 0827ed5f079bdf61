import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppException, DurableHandlers, type EventHandler } from '@los/common';
import { ApplicationStatus, ErrorCode, MessagePattern, type ResultEvent } from '@los/contracts';
import { IsOptional, IsString } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { KycSubmissionEntity } from './kyc-submission.entity.js';

export class CommandFailure {
  @IsOptional() @IsString() message?: string;
}

/** kyc-service refused a verify command outright (a domain error): a person must look at it. */
@Injectable()
export class KycVerifyFailedHandler implements EventHandler<CommandFailure>, OnModuleInit {
  readonly type = `${MessagePattern.KycVerify}.failed`;
  readonly payloadClass = CommandFailure;

  constructor(
    private readonly handlers: DurableHandlers,
    private readonly lifecycle: ApplicationLifecycle,
  ) {}

  onModuleInit(): void {
    this.handlers.registerEvent(this);
  }

  async apply(_payload: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
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
    }
  }
}
