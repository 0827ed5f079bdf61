import { ServiceName } from '../service-name.js';

/** Queue of result events a service consumes (e.g. `gateway.events`). */
export const eventsQueueOf = (service: ServiceName) => `${service}.events`;
/** Queue that carries a service's recorded commands to their handler. */
export const workQueueOf = (service: ServiceName) => `${service}.work`;
/** Queue that delivers a service's outgoing commands over the transport. */
export const outboxQueueOf = (service: ServiceName) => `${service}.outbox`;

export const JobName = {
  Deliver: 'deliver',
  Execute: 'execute',
  Apply: 'apply',
} as const;

/** disbursal-service's repeatable jobs: due retries, polling lenders without webhooks, and the reconciler. */
export const DISBURSAL_JOBS_QUEUE = 'disbursal.jobs';
export const DisbursalJobName = {
  RetryDue: 'retry-due',
  Poll: 'poll',
  Reconcile: 'reconcile',
} as const;
