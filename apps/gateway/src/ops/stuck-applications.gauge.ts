import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { metricsRegistry } from '@los/common';
import { ApplicationStatus, FINAL_STATUSES } from '@los/contracts';
import { Gauge } from 'prom-client';
import { DwellLimitPolicy } from './dwell-limits/dwell-limit.policy.js';
import { StuckApplicationsRepository } from './stuck-applications.repository.js';

export const STUCK_GAUGE_NAME = 'los_stuck_applications';

/** `los_stuck_applications{status}`, counted when Prometheus scrapes; a failed count keeps the last values. */
@Injectable()
export class StuckApplicationsGauge implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StuckApplicationsGauge.name);

  constructor(
    private readonly policy: DwellLimitPolicy,
    private readonly repository: StuckApplicationsRepository,
  ) {}

  onModuleInit(): void {
    metricsRegistry.removeSingleMetric(STUCK_GAUGE_NAME);
    const count = () => this.count();
    new Gauge({
      name: STUCK_GAUGE_NAME,
      help: 'Applications past the maximum dwell time of their status',
      labelNames: ['status'],
      registers: [metricsRegistry],
      async collect() {
        const counts = await count();
        if (counts) for (const [status, n] of counts) this.set({ status }, n);
      },
    });
  }

  onModuleDestroy(): void {
    metricsRegistry.removeSingleMetric(STUCK_GAUGE_NAME);
  }

  async count(now = new Date()): Promise<Map<ApplicationStatus, number> | null> {
    try {
      const rules = this.policy.rules();
      const counts = await Promise.all(rules.map((rule) => this.repository.countPastRule(rule, now)));
      const byStatus = new Map<ApplicationStatus, number>(
        Object.values(ApplicationStatus)
          .filter((status) => !FINAL_STATUSES.has(status))
          .map((status) => [status, 0]),
      );
      rules.forEach((rule, i) => byStatus.set(rule.status, byStatus.get(rule.status)! + counts[i]!));
      return byStatus;
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'Could not count stuck applications');
      return null;
    }
  }
}
