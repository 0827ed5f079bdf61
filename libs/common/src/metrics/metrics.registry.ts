import { collectDefaultMetrics, Registry } from 'prom-client';

/** One Prometheus registry per process, with Node's default metrics. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'los_' });
