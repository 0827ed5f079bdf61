import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { affectedRows, withDeadlockRetry } from '@los/common';
import type { LenderDisbursalEvents, LenderDisbursalEventsReply, PartnerEventView } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { DisbursalProgress } from '../../disbursal-progress.service.js';
import { DisbursalsRepository } from '../../disbursals.repository.js';
import type { LenderNews } from '../../domain/disbursal-news.js';
import { DisbursalLenderEventEntity, LenderEventOutcome } from '../../entities/disbursal-lender-event.entity.js';
import { DisbursalNewsSource } from '../../entities/disbursal-reconciliation.entity.js';

const OUTCOME_OF = { APPLIED: LenderEventOutcome.Applied, SAME: LenderEventOutcome.Applied, STALE: LenderEventOutcome.Stale } as const;

/**
 * The disbursal events of a lender's verified webhook, oldest first, each applied once (its event id is the key) to the
 * disbursal with that lender reference: forward only, an amount other than the KFS net held for ops.
 */
@Injectable()
export class ApplyLenderEventsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DisbursalsRepository,
    private readonly progress: DisbursalProgress,
  ) {}

  async execute(request: LenderDisbursalEvents): Promise<LenderDisbursalEventsReply> {
    const inOrder = [...request.events].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
    let duplicates = 0;
    for (const event of inOrder) {
      if (!(await this.receiveOne(request.partnerCode, event))) duplicates += 1;
    }
    return { received: request.events.length, duplicates };
  }

  /** False when the event was received before. */
  private async receiveOne(partnerCode: string, event: PartnerEventView): Promise<boolean> {
    const row: DisbursalLenderEventEntity = {
      partnerCode,
      eventId: event.eventId,
      applicationId: null,
      status: event.status,
      outcome: LenderEventOutcome.Unmatched,
      receivedAt: new Date(),
    };
    const inserted = await this.dataSource.createQueryBuilder().insert().into(DisbursalLenderEventEntity).orIgnore().values(row).execute();
    if (affectedRows(inserted.raw) !== 1) return false;
    const target = await withDeadlockRetry(() =>
      this.dataSource.transaction((manager) => this.repository.lockByReference(manager, partnerCode, event.partnerReference)),
    );
    if (!target) return true;
    await this.progress.withLocked(target.applicationId, async (manager, disbursal) => {
      const result = await this.progress.apply(manager, disbursal, newsOf(event), DisbursalNewsSource.Webhook);
      const outcome = result.effect === 'AMOUNT_MISMATCH' ? LenderEventOutcome.AmountMismatch : OUTCOME_OF[result.effect];
      await manager.update(
        DisbursalLenderEventEntity,
        { partnerCode, eventId: event.eventId },
        { outcome, applicationId: disbursal.applicationId },
      );
    });
    return true;
  }
}

function newsOf(event: PartnerEventView): LenderNews {
  return {
    status: event.status,
    ...(event.amount ? { amount: event.amount } : {}),
    ...(event.utr ? { utr: event.utr } : {}),
    ...(event.valueDate ? { valueDate: event.valueDate } : {}),
    ...(event.reason ? { failureReason: event.reason } : {}),
  };
}
