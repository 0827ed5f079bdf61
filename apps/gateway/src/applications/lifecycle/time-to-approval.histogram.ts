import { metricsRegistry } from '@los/common';
import { Histogram } from 'prom-client';

export type ApprovalPath = 'automatic' | 'manual';

/** `los_time_to_approval_seconds{path}`: application created → APPROVED; manual when it passed through MANUAL_REVIEW. */
export const timeToApprovalSeconds =
  (metricsRegistry.getSingleMetric('los_time_to_approval_seconds') as Histogram<'path'> | undefined) ??
  new Histogram({
    name: 'los_time_to_approval_seconds',
    help: 'Time from the creation of an application to its approval',
    labelNames: ['path'],
    buckets: [60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 259200, 604800],
    registers: [metricsRegistry],
  });
