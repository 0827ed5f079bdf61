import { Injectable, Logger } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { EventType, PartnerSubmissionEvent, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { PartnerEventsService } from './partner-events.service.js';

/** The lender took the application: its reference is linked (and its first status applied), or why it was not sent is shown. */
@Injectable()
@DurableEventHandler(EventType.PartnerSubmission)
export class PartnerSubmissionHandler implements EventHandler<PartnerSubmissionEvent> {
  readonly payloadClass = PartnerSubmissionEvent;
  private readonly logger = new Logger(PartnerSubmissionHandler.name);

  constructor(
    private readonly events: PartnerEventsService,
    private readonly attention: ApplicationAttention,
  ) {}

  async apply(result: PartnerSubmissionEvent, event: ResultEvent, manager: EntityManager): Promise<void> {
    if (result.submitted && result.partnerReference && result.partnerStatus) {
      await this.events.link(manager, {
        applicationId: result.applicationId,
        partnerCode: result.partnerCode,
        partnerReference: result.partnerReference,
        partnerStatus: result.partnerStatus,
      });
      return;
    }
    await manager.update(ApplicationEntity, { id: result.applicationId }, { partnerCode: result.partnerCode });
    await this.attention.raise(manager, {
      applicationId: result.applicationId,
      code: AttentionCode.PartnerNotSubmitted,
      reason: `${result.partnerCode}: ${result.reason ?? 'not submitted'}`,
      commandId: event.commandId,
    });
    this.logger.warn(
      { applicationId: result.applicationId, partner: result.partnerCode, reason: result.reason, correlationId: event.correlationId },
      'Application not submitted to the lender',
    );
  }
}
