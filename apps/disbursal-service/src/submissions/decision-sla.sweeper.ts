import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, PeriodicTask, type DisbursalConfig } from '@los/common';
import { DecisionSlaTracker } from './decision-sla.tracker.js';

/** Looks for lenders' decisions overdue past their SLA, as often as the durable sweepers run. */
@Injectable()
export class DecisionSlaSweeper extends PeriodicTask {
  protected readonly logger = new Logger(DecisionSlaSweeper.name);

  constructor(
    @Inject(APP_CONFIG) config: DisbursalConfig,
    private readonly tracker: DecisionSlaTracker,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async runOnce(): Promise<void> {
    const recorded = await this.tracker.recordOverdue();
    if (recorded > 0) this.logger.warn({ recorded }, 'lender decisions overdue past their SLA');
  }
}
