import { Injectable, Logger } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { ApplicationStatus, CommandFailure, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { applicationOfCommand, refusalReason } from '../common/refused-command.js';

/** disbursal-service refused the disburse command: DISBURSAL_FAILED with an attention item, for ops to fix and re-initiate. */
@Injectable()
@DurableEventHandler(failureEventOf(MessagePattern.Disburse))
export class DisburseFailedHandler implements EventHandler<CommandFailure> {
  readonly payloadClass = CommandFailure;
  private readonly logger = new Logger(DisburseFailedHandler.name);

  constructor(
    private readonly lifecycle: ApplicationLifecycle,
    private readonly attention: ApplicationAttention,
  ) {}

  async apply(failure: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
    const applicationId = await applicationOfCommand(manager, event.commandId);
    if (!applicationId) {
      this.logger.error({ commandId: event.commandId }, 'Disbursal refused for a command this gateway did not record');
      return;
    }
    const reason = refusalReason(failure, event, 'disbursal-service');
    const application = await manager.findOne(ApplicationEntity, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    if (application?.status === ApplicationStatus.DisbursalRequested) {
      await this.lifecycle.transition(manager, {
        applicationId,
        expectedFrom: ApplicationStatus.DisbursalRequested,
        to: ApplicationStatus.DisbursalFailed,
        actor: 'service:disbursal',
        reason: `disbursal refused: ${reason}`,
      });
    }
    await this.attention.raise(manager, { applicationId, code: AttentionCode.DisbursalRefused, reason, commandId: event.commandId });
  }
}
