import { Injectable, Logger } from '@nestjs/common';
import { AppException, DurableEventHandler, type EventHandler } from '@los/common';
import { ApplicationStatus, ErrorCode, EventType, UnderwritingDecidedEvent, UnderwritingDecision, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { UnderwritingOutcomes, type OutcomeRequest } from './underwriting-outcomes.service.js';

export const UNDERWRITING_ACTOR = 'service:underwriting';

/**
 * Our credit decision arrived: an application still in UNDERWRITING is approved (on to its lender), rejected or
 * referred to an underwriter. A decision for an application that moved meanwhile (cancelled) changes nothing.
 */
@Injectable()
@DurableEventHandler(EventType.UnderwritingDecided)
export class UnderwritingDecidedHandler implements EventHandler<UnderwritingDecidedEvent> {
  readonly payloadClass = UnderwritingDecidedEvent;
  private readonly logger = new Logger(UnderwritingDecidedHandler.name);

  constructor(private readonly outcomes: UnderwritingOutcomes) {}

  async apply(result: UnderwritingDecidedEvent, event: ResultEvent, manager: EntityManager): Promise<void> {
    const request: OutcomeRequest = {
      applicationId: result.applicationId,
      expectedFrom: ApplicationStatus.Underwriting,
      actor: UNDERWRITING_ACTOR,
      reason: `${result.decision} by ${result.tableId} v${result.version} (${result.trigger.toLowerCase()})`,
      reasonCodes: result.reasons.map((r) => r.code),
      correlationId: event.correlationId,
    };
    try {
      if (result.decision === UnderwritingDecision.Approve) await this.outcomes.approve(manager, request);
      else if (result.decision === UnderwritingDecision.Reject) await this.outcomes.reject(manager, request);
      else {
        await this.outcomes.refer(manager, request);
        const required = result.conditions.documentsRequired ?? [];
        await manager.update(
          ApplicationEntity,
          { id: result.applicationId },
          { documentsRequired: required.length > 0 ? required.join(',').slice(0, 200) : null },
        );
      }
    } catch (error) {
      if (!(error instanceof AppException && error.code === ErrorCode.InvalidTransition)) throw error;
      this.logger.warn(
        { applicationId: result.applicationId, decision: result.decision },
        'Decision for an application no longer in UNDERWRITING',
      );
    }
  }
}
