import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type FeatureConfig } from '@los/common';
import { LivePartners } from '@los/nbfc';
import { DisbursalProgress } from '../disbursal-progress.service.js';
import { DisbursalsRepository } from '../disbursals.repository.js';
import { DisbursalNewsSource } from '../entities/disbursal-reconciliation.entity.js';
import { AttemptDisbursalUseCase } from '../usecases/attempt-disbursal/attempt-disbursal.usecase.js';
import { SyncDisbursalUseCase } from '../usecases/sync-disbursal/sync-disbursal.usecase.js';

/** What each repeatable job does. */
@Injectable()
export class DisbursalSweeps {
  private readonly logger = new Logger(DisbursalSweeps.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'disbursal'>,
    private readonly repository: DisbursalsRepository,
    private readonly attempt: AttemptDisbursalUseCase,
    private readonly sync: SyncDisbursalUseCase,
    private readonly progress: DisbursalProgress,
    private readonly live: LivePartners,
  ) {}

  /** Calls whose backoff has passed (and calls whose caller died mid-call, once their lease ran out). */
  async retryDue(): Promise<void> {
    for (const disbursal of await this.repository.dueForAttempt(new Date())) {
      await this.attempt.execute(disbursal.applicationId, `disbursal-retry-${disbursal.applicationId}`);
    }
  }

  /** Lenders that tell nothing by webhook (KUBER) are asked about each disbursal they are paying out. */
  async pollWithoutWebhooks(): Promise<void> {
    const pollingOnly = this.live
      .all()
      .filter(([, partner]) => partner.adapter.capabilities.pollingOnly || !partner.adapter.capabilities.webhooks)
      .map(([code]) => code);
    for (const disbursal of await this.repository.processingAt(pollingOnly)) {
      await this.sync.execute(disbursal, DisbursalNewsSource.Poll);
    }
    await this.recordSlaBreaches();
  }

  /** Every open disbursal old enough for its webhooks to have come, compared with its lender; drift is repaired and recorded. */
  async reconcile(): Promise<void> {
    const before = new Date(Date.now() - this.config.DISBURSAL_RECONCILE_AFTER_MS);
    let corrected = 0;
    for (const disbursal of await this.repository.openRequestedBefore(before)) {
      if ((await this.sync.execute(disbursal, DisbursalNewsSource.Reconciler)) === 'CORRECTED') corrected += 1;
    }
    if (corrected > 0) this.logger.warn({ corrected }, 'Reconciler corrected disbursals');
  }

  private async recordSlaBreaches(): Promise<void> {
    const now = new Date();
    for (const open of await this.repository.openSlaCandidates()) {
      const threshold = this.live.slaOf(open.partnerCode)?.disbursalMs;
      if (!threshold || now.getTime() - open.requestedAt.getTime() <= threshold) continue;
      await this.progress.withLocked(open.applicationId, (manager, disbursal) => this.progress.checkSla(manager, disbursal, now));
    }
  }
}
