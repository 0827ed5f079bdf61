import { Injectable, Logger } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { ApplicationStatus, DisbursalStatus, DisbursalUpdatedEvent, EventType, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';

/**
 * The disbursal reached its outcome: DISBURSED (UTR and amount in the status log), or DISBURSAL_FAILED with an
 * attention item naming the reason, for ops to fix and re-initiate.
 */
@Injectable()
@DurableEventHandler(EventType.DisbursalUpdated)
export class DisbursalUpdatedHandler implements EventHandler<DisbursalUpdatedEvent> {
  readonly payloadClass = DisbursalUpdatedEvent;
  private readonly logger = new Logger(DisbursalUpdatedHandler.name);

  constructor(
    private readonly lifecycle: ApplicationLifecycle,
    private readonly attention: ApplicationAttention,
  ) {}

  async apply(result: DisbursalUpdatedEvent, event: ResultEvent, manager: EntityManager): Promise<void> {
    const application = await manager.findOne(ApplicationEntity, {
      where: { id: result.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (application?.status !== ApplicationStatus.DisbursalRequested) {
      this.logger.warn(
        { applicationId: result.applicationId, status: application?.status },
        'Disbursal outcome for an application not awaiting one',
      );
      return;
    }
    const disbursed = result.status === DisbursalStatus.Disbursed;
    await this.lifecycle.transition(manager, {
      applicationId: application.id,
      expectedFrom: ApplicationStatus.DisbursalRequested,
      to: disbursed ? ApplicationStatus.Disbursed : ApplicationStatus.DisbursalFailed,
      actor: 'service:disbursal',
      reason: disbursed
        ? `disbursed ${result.amount} (UTR ${result.utr ?? 'n/a'})`
        : `disbursal failed: ${result.failureReason ?? 'unknown'}`,
    });
    if (!disbursed) {
      const kind = result.retryable ? 'retries exhausted' : 'refused';
      await this.attention.raise(manager, {
        applicationId: application.id,
        code: AttentionCode.DisbursalFailed,
        reason: `${kind} after ${result.attempts} attempt(s): ${result.failureReason ?? 'unknown'}`,
        commandId: event.commandId,
      });
    }
  }
}
