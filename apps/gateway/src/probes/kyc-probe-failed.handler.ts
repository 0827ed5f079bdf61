import { Injectable } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { CommandFailure, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ProbeEntity, ProbeStatus } from './probe.entity.js';

/** kyc-service refused a probe: the probe shows FAILED rather than staying REQUESTED. */
@Injectable()
@DurableEventHandler(failureEventOf(MessagePattern.KycProbe))
export class KycProbeFailedHandler implements EventHandler<CommandFailure> {
  readonly payloadClass = CommandFailure;

  async apply(_failure: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
    await manager.update(
      ProbeEntity,
      { commandId: event.commandId, status: ProbeStatus.Requested },
      { status: ProbeStatus.Failed, completedAt: new Date(event.occurredAt) },
    );
  }
}
