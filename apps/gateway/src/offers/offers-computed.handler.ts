import { Injectable, Logger } from '@nestjs/common';
import { AppException, DurableEventHandler, type EventHandler } from '@los/common';
import { ApplicationStatus, ErrorCode, EventType, OffersComputedEvent, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';

/** The offer set is stored: a verified application moves on to OFFERS_READY, or NO_OFFERS when no lender offered. */
@Injectable()
@DurableEventHandler(EventType.OffersComputed)
export class OffersComputedHandler implements EventHandler<OffersComputedEvent> {
  readonly payloadClass = OffersComputedEvent;
  private readonly logger = new Logger(OffersComputedHandler.name);

  constructor(private readonly lifecycle: ApplicationLifecycle) {}

  async apply(result: OffersComputedEvent, _event: ResultEvent, manager: EntityManager): Promise<void> {
    const to = result.eligibleCount > 0 ? ApplicationStatus.OffersReady : ApplicationStatus.NoOffers;
    try {
      await this.lifecycle.transition(manager, {
        applicationId: result.applicationId,
        expectedFrom: ApplicationStatus.KycVerified,
        to,
        actor: 'service:offer',
        reason: `offers computed: ${result.eligibleCount} eligible`,
      });
    } catch (error) {
      // Moved meanwhile (cancelled, or KYC started again): the stored set stays readable; the status is left alone.
      if (!(error instanceof AppException && error.code === ErrorCode.InvalidTransition)) throw error;
      this.logger.warn({ applicationId: result.applicationId }, 'Offers computed for an application no longer KYC_VERIFIED');
    }
  }
}
