import { metricsRegistry } from '@los/common';
import { Counter } from 'prom-client';

/** `los_underwriting_sla_at_risk_total{overdue}`: reviews escalated once each, near (false) or past (true) their deadline. */
export const underwritingSlaAtRiskTotal =
  (metricsRegistry.getSingleMetric('los_underwriting_sla_at_risk_total') as Counter<'overdue'> | undefined) ??
  new Counter({
    name: 'los_underwriting_sla_at_risk_total',
    help: 'Underwriter reviews found near or past their deadline',
    labelNames: ['overdue'],
    registers: [metricsRegistry],
  });
