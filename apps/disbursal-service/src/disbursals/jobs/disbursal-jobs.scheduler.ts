import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type FeatureConfig } from '@los/common';
import { DISBURSAL_JOBS_QUEUE, DisbursalJobName } from '@los/contracts';
import type { Queue } from 'bull';
import { DisbursalSweeps } from './disbursal-sweeps.service.js';

type JobName = (typeof DisbursalJobName)[keyof typeof DisbursalJobName];

/**
 * The three repeatable jobs, one run at a time across replicas (Bull's repeat key): due retries, polling of lenders
 * without webhooks, the reconciler. Re-registered at every boot, so a Redis that lost them gets them back; a job
 * left from another interval is removed.
 */
@Injectable()
export class DisbursalJobsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DisbursalJobsScheduler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'disbursal' | 'durable'>,
    @InjectQueue(DISBURSAL_JOBS_QUEUE) private readonly queue: Queue,
    private readonly sweeps: DisbursalSweeps,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every: Record<JobName, number> = {
      [DisbursalJobName.RetryDue]: Math.min(this.config.SWEEP_INTERVAL_MS, this.config.DISBURSAL_RETRY_BASE_MS),
      [DisbursalJobName.Poll]: this.config.DISBURSAL_POLL_INTERVAL_MS,
      [DisbursalJobName.Reconcile]: this.config.DISBURSAL_RECONCILE_INTERVAL_MS,
    };
    const work: Record<JobName, () => Promise<void>> = {
      [DisbursalJobName.RetryDue]: () => this.sweeps.retryDue(),
      [DisbursalJobName.Poll]: () => this.sweeps.pollWithoutWebhooks(),
      [DisbursalJobName.Reconcile]: () => this.sweeps.reconcile(),
    };
    for (const name of Object.values(DisbursalJobName)) {
      void this.queue.process(name, 1, () => work[name]());
    }
    try {
      for (const job of await this.queue.getRepeatableJobs()) {
        if (every[job.name as JobName] !== Number(job.every)) await this.queue.removeRepeatableByKey(job.key);
      }
      for (const name of Object.values(DisbursalJobName)) {
        await this.queue.add(name, {}, { repeat: { every: every[name] }, jobId: name, removeOnComplete: true, removeOnFail: true });
      }
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'Repeatable disbursal jobs not registered; Redis unavailable');
    }
  }
}
