import { Injectable } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { CommandFailure, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { applicationOfCommand, refusalReason } from '../common/refused-command.js';

/** offer-service refused to compute offers: the application stays KYC_VERIFIED and shows why, for a person to act. */
@Injectable()
@DurableEventHandler(failureEventOf(MessagePattern.ComputeOffers))
export class ComputeOffersFailedHandler implements EventHandler<CommandFailure> {
  readonly payloadClass = CommandFailure;

  constructor(private readonly attention: ApplicationAttention) {}

  async apply(failure: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
    const applicationId = await applicationOfCommand(manager, event.commandId);
    if (!applicationId) return;
    await this.attention.raise(manager, {
      applicationId,
      code: AttentionCode.OfferComputationRefused,
      reason: refusalReason(failure, event, 'offer-service'),
      commandId: event.commandId,
    });
  }
}
