import type { ServiceName } from '@los/contracts';

export interface DurableOptions {
  service: ServiceName;
  /** Services whose events queues this service reports results to. */
  reportsTo: ServiceName[];
}
