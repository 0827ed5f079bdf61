import { Injectable, Logger } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { CommandFailure, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { applicationOfCommand, refusalReason } from '../common/refused-command.js';

/**
 * disbursal-service refused to submit an accepted application (the offer is not the accepted one, or is gone): the
 * application keeps its status, and an attention item with the reason shows it is stuck.
 */
@Injectable()
@DurableEventHandler(failureEventOf(MessagePattern.SubmitToPartner))
export class SubmitToPartnerFailedHandler implements EventHandler<CommandFailure> {
  readonly payloadClass = CommandFailure;
  private readonly logger = new Logger(SubmitToPartnerFailedHandler.name);

  constructor(private readonly attention: ApplicationAttention) {}

  async apply(failure: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
    const applicationId = await applicationOfCommand(manager, event.commandId);
    if (!applicationId) {
      this.logger.error({ commandId: event.commandId }, 'Submission refused for a command this gateway did not record');
      return;
    }
    await this.attention.raise(manager, {
      applicationId,
      code: AttentionCode.PartnerSubmissionRefused,
      reason: refusalReason(failure, event, 'disbursal-service'),
      commandId: event.commandId,
    });
    this.logger.warn({ applicationId, code: event.failureCode, correlationId: event.correlationId }, 'Submission to the lender refused');
  }
}
