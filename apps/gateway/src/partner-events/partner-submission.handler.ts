import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DurableHandlers, type EventHandler } from '@los/common';
import { EventType, PartnerSubmissionEvent, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { PartnerEventsService } from './partner-events.service.js';

/** The lender took the application: its reference is linked (and its first status applied), or why it was not sent is logged. */
@Injectable()
export class PartnerSubmissionHandler implements EventHandler<PartnerSubmissionEvent>, OnModuleInit {
  readonly type = EventType.PartnerSubmission;
  readonly payloadClass = PartnerSubmissionEvent;
  private readonly logger = new Logger(PartnerSubmissionHandler.name);

  constructor(
    private readonly handlers: DurableHandlers,
    private readonly events: PartnerEventsService,
  ) {}

  onModuleInit(): void {
    this.handlers.registerEvent(this);
  }

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
    this.logger.warn(
      { applicationId: result.applicationId, partner: result.partnerCode, reason: result.reason, correlationId: event.correlationId },
      'Application not submitted to the lender',
    );
  }
}
