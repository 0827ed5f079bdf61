import type { JobOptions } from 'bull';

export const OUTBOX_QUEUE = Symbol('OUTBOX_QUEUE');
export const WORK_QUEUE = Symbol('WORK_QUEUE');
export const REPORT_QUEUES = Symbol('REPORT_QUEUES');
export const EVENTS_QUEUE = Symbol('EVENTS_QUEUE');
export const DURABLE_OPTIONS = Symbol('DURABLE_OPTIONS');

export const JITTERED_BACKOFF = 'jittered';

/** Defaults for every durable job: bounded retries with capped, jittered exponential backoff. */
export const DURABLE_JOB_DEFAULTS: JobOptions = {
  attempts: 5,
  backoff: { type: JITTERED_BACKOFF },
  removeOnComplete: true,
  removeOnFail: 1_000,
};

export function jitteredBackoff(attemptsMade: number): number {
  const capped = Math.min(30_000, 250 * 2 ** attemptsMade);
  return Math.round(capped / 2 + Math.random() * (capped / 2));
}

/** How long a command may stay unfinished after its n-th re-drive before the next one. */
export function redriveDelay(deadlineMs: number, attempts: number): number {
  return deadlineMs * Math.min(attempts + 1, 4);
}
