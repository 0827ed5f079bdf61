import { Injectable, Logger } from '@nestjs/common';
import { AppException, DurableEventHandler, type EventHandler } from '@los/common';
import { ApplicationStatus, CommandFailure, ErrorCode, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { applicationOfCommand, refusalReason } from '../common/refused-command.js';
import { UNDERWRITING_ACTOR } from './underwriting-decided.handler.js';
import { UnderwritingOutcomes } from './underwriting-outcomes.service.js';

export const ENGINE_ERROR = 'ENGINE_ERROR';

/** underwriting-service refused to decide: never an approval. The application goes to an underwriter and shows why. */
@Injectable()
@DurableEventHandler(failureEventOf(MessagePattern.UnderwritingEvaluate))
export class UnderwritingEvaluateFailedHandler implements EventHandler<CommandFailure> {
  readonly payloadClass = CommandFailure;
  private readonly logger = new Logger(UnderwritingEvaluateFailedHandler.name);

  constructor(
    private readonly outcomes: UnderwritingOutcomes,
    private readonly attention: ApplicationAttention,
  ) {}

  async apply(failure: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
    const applicationId = await applicationOfCommand(manager, event.commandId);
    if (!applicationId) return;
    const why = refusalReason(failure, event, 'underwriting-service');
    try {
      await this.outcomes.refer(manager, {
        applicationId,
        expectedFrom: ApplicationStatus.Underwriting,
        actor: UNDERWRITING_ACTOR,
        reason: `evaluation failed (${why})`,
        reasonCodes: [ENGINE_ERROR],
        correlationId: event.correlationId,
      });
    } catch (error) {
      if (!(error instanceof AppException && error.code === ErrorCode.InvalidTransition)) throw error;
      this.logger.warn({ applicationId }, 'Evaluation failed for an application no longer in UNDERWRITING');
    }
    await this.attention.raise(manager, {
      applicationId,
      code: AttentionCode.UnderwritingFailed,
      reason: `${ENGINE_ERROR} ${why}`,
      commandId: event.commandId,
    });
  }
}
