import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommandInbox, withDeadlockRetry } from '@los/common';
import { DisbursalStatus, formatMoney, isFinalDisbursal } from '@los/contracts';
import { LivePartners, PartnerSlaBreachesRepository } from '@los/nbfc';
import type { DataSource, EntityManager } from 'typeorm';
import { checkPaidAmount } from './domain/disbursal-amount.js';
import { disbursalStatusOf, verdictOf, type LenderNews } from './domain/disbursal-news.js';
import { outcomeOf, snapshotOf } from './disbursal-outcome.js';
import { DisbursalsRepository } from './disbursals.repository.js';
import { DisbursalNewsSource, DisbursalReconciliationEntity, ReconciliationOutcome } from './entities/disbursal-reconciliation.entity.js';
import { DisbursalEntity } from './entities/disbursal.entity.js';

export type NewsEffect = 'APPLIED' | 'SAME' | 'STALE' | 'AMOUNT_MISMATCH';

export interface NewsResult {
  effect: NewsEffect;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * Moves a disbursal on with a lender's news, only forward: PROCESSING, DISBURSED with the UTR, amount and value date
 * (only when the amount paid is the KFS net disbursal; another amount is held for ops and never applied), FAILED
 * with the reason. Reaching an outcome completes the disburse command in the same transaction; its result goes to
 * the gateway once that commits.
 */
@Injectable()
export class DisbursalProgress {
  private readonly logger = new Logger(DisbursalProgress.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DisbursalsRepository,
    private readonly inbox: CommandInbox,
    private readonly live: LivePartners,
    private readonly breaches: PartnerSlaBreachesRepository,
  ) {}

  /** Runs `work` on the locked disbursal in a transaction, then reports an outcome it reached. */
  async withLocked<T>(applicationId: string, work: (manager: EntityManager, disbursal: DisbursalEntity) => Promise<T>): Promise<T | null> {
    let finalizedCommand: string | null = null;
    const result = await withDeadlockRetry(() =>
      this.dataSource.transaction(async (manager) => {
        finalizedCommand = null;
        const disbursal = await this.repository.lockByApplicationId(manager, applicationId);
        if (!disbursal) return null;
        const wasFinal = isFinalDisbursal(disbursal.status);
        const value = await work(manager, disbursal);
        if (!wasFinal && isFinalDisbursal(disbursal.status)) {
          await this.inbox.complete(manager, disbursal.commandId, outcomeOf(disbursal));
          finalizedCommand = disbursal.commandId;
        }
        return value;
      }),
    );
    if (finalizedCommand) await this.report(finalizedCommand);
    return result;
  }

  /** Applies news to a disbursal the caller has locked; records an amount mismatch or a correction with before and after. */
  async apply(manager: EntityManager, disbursal: DisbursalEntity, news: LenderNews, source: DisbursalNewsSource): Promise<NewsResult> {
    const before = snapshotOf(disbursal);
    const verdict = verdictOf(disbursal.status, news.status);
    if (verdict !== 'FORWARD') return { effect: verdict, before, after: before };
    const target = disbursalStatusOf(news.status)!;
    const now = new Date();
    if (target === DisbursalStatus.Disbursed) {
      const check = checkPaidAmount(disbursal.expectedAmount, news.amount);
      if (!check.matches) {
        const after = { ...before, reportedAmount: check.reported, expectedAmount: check.expected, utr: news.utr ?? null };
        if (disbursal.mismatchAmount === null || formatMoney(disbursal.mismatchAmount) !== check.reported) {
          await manager.update(
            DisbursalEntity,
            { applicationId: disbursal.applicationId },
            { mismatchAmount: check.reported, updatedAt: now },
          );
          disbursal.mismatchAmount = check.reported;
          await this.record(manager, disbursal, source, ReconciliationOutcome.AmountMismatch, before, after);
          this.logger.warn(
            { applicationId: disbursal.applicationId, partner: disbursal.partnerCode, source },
            'Lender reported another amount paid than the KFS net disbursal: held for ops, not applied',
          );
        }
        return { effect: 'AMOUNT_MISMATCH', before, after };
      }
      Object.assign(disbursal, {
        status: DisbursalStatus.Disbursed,
        disbursedAmount: disbursal.expectedAmount,
        utr: news.utr ?? disbursal.utr,
        valueDate: news.valueDate ?? now.toISOString().slice(0, 10),
      });
    } else if (target === DisbursalStatus.Failed) {
      Object.assign(disbursal, {
        status: DisbursalStatus.Failed,
        failureReason: (news.failureReason ?? 'The lender reported the disbursal failed').slice(0, 200),
        failureRetryable: false,
      });
    } else {
      disbursal.status = DisbursalStatus.Processing;
    }
    Object.assign(disbursal, {
      nextAttemptAt: null,
      lenderDisbursalRef: news.disbursalReference ?? disbursal.lenderDisbursalRef,
      updatedAt: now,
      finalizedAt: isFinalDisbursal(disbursal.status) ? now : null,
    });
    await this.save(manager, disbursal);
    if (isFinalDisbursal(disbursal.status)) await this.checkSla(manager, disbursal, now);
    return { effect: 'APPLIED', before, after: snapshotOf(disbursal) };
  }

  /** Writes the locked disbursal's changed fields. */
  async save(manager: EntityManager, disbursal: DisbursalEntity): Promise<void> {
    const { applicationId, ...fields } = disbursal;
    await manager.update(DisbursalEntity, { applicationId }, { ...fields, version: disbursal.version + 1 });
    disbursal.version += 1;
  }

  async record(
    manager: EntityManager,
    disbursal: DisbursalEntity,
    source: DisbursalNewsSource,
    outcome: ReconciliationOutcome,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    const row: DisbursalReconciliationEntity = {
      applicationId: disbursal.applicationId,
      partnerCode: disbursal.partnerCode,
      source,
      outcome,
      beforeState: before,
      afterState: after,
      at: new Date(),
    };
    await manager.save(DisbursalReconciliationEntity, row);
  }

  /** A disbursal slower than the partner's disbursal SLA is recorded once, when final or when seen open past it. */
  async checkSla(manager: EntityManager, disbursal: DisbursalEntity, now: Date): Promise<void> {
    const threshold = this.live.slaOf(disbursal.partnerCode)?.disbursalMs;
    const figure = now.getTime() - disbursal.requestedAt.getTime();
    if (!threshold || figure <= threshold || disbursal.slaBreachedAt) return;
    disbursal.slaBreachedAt = now;
    await manager.update(DisbursalEntity, { applicationId: disbursal.applicationId }, { slaBreachedAt: now });
    await this.breaches
      .insertBreach({
        partnerCode: disbursal.partnerCode,
        operation: 'disbursal',
        applicationId: disbursal.applicationId,
        figureMs: Math.min(figure, 2_147_483_647),
        thresholdMs: threshold,
        at: now,
      })
      .catch((error: Error) => this.logger.warn({ error: error.message }, 'SLA breach not recorded'));
  }

  private async report(commandId: string): Promise<void> {
    // A lost report is not lost work: the gateway re-sends the open command and gets the stored result.
    await this.inbox.report(commandId).catch((error: Error) => this.logger.warn({ commandId, error: error.message }, 'Result deferred'));
  }
}
