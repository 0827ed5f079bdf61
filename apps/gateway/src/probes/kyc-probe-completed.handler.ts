import { Injectable } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { EventType, KycProbeCompleted, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ProbeEntity, ProbeStatus } from './probe.entity.js';

/**
 * Deliberately not guarded by status: exactly-once rests on the processed-event record alone,
 * so `appliedCount` exposes any duplicate delivery that slipped through.
 */
@Injectable()
@DurableEventHandler(EventType.KycProbeCompleted)
export class KycProbeCompletedHandler implements EventHandler<KycProbeCompleted> {
  readonly payloadClass = KycProbeCompleted;

  async apply(payload: KycProbeCompleted, event: ResultEvent, manager: EntityManager): Promise<void> {
    await manager.increment(ProbeEntity, { id: payload.probeId }, 'appliedCount', 1);
    await manager.update(
      ProbeEntity,
      { id: payload.probeId },
      {
        status: ProbeStatus.Completed,
        processedBy: payload.processedBy,
        completedAt: new Date(event.occurredAt),
      },
    );
  }
}
