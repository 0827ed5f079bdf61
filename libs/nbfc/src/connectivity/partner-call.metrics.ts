import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from '@los/common';

const LABELS = ['partner', 'operation', 'outcome'] as const;

/** Latency of each partner call, for SLA dashboards; buckets span a fast quote to a slow disbursal call. */
export const partnerCallDuration =
  (metricsRegistry.getSingleMetric('los_partner_call_duration_seconds') as Histogram<(typeof LABELS)[number]> | undefined) ??
  new Histogram({
    name: 'los_partner_call_duration_seconds',
    help: 'Duration of calls to NBFC partners',
    labelNames: LABELS,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 8, 13, 30],
    registers: [metricsRegistry],
  });

export const partnerCallsTotal =
  (metricsRegistry.getSingleMetric('los_partner_calls_total') as Counter<(typeof LABELS)[number]> | undefined) ??
  new Counter({ name: 'los_partner_calls_total', help: 'Calls to NBFC partners', labelNames: LABELS, registers: [metricsRegistry] });

export const partnerSlaBreachesTotal =
  (metricsRegistry.getSingleMetric('los_partner_sla_breaches_total') as Counter<'partner' | 'operation'> | undefined) ??
  new Counter({
    name: 'los_partner_sla_breaches_total',
    help: 'Partner calls slower than their SLA',
    labelNames: ['partner', 'operation'],
    registers: [metricsRegistry],
  });
