export interface RetryPolicy {
  /** Calls per step, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the source counts as unavailable now. */
  maxRetryAfterMs: number;
}

// Bounded so one command finishes well inside COMMAND_DEADLINE_MS even when every call times out;
// a source that stays down is tried again later by the re-drive task, not by waiting here.
export const SOURCE_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 5_000,
});

/** Capped exponential backoff with jitter between half and all of the capped delay. */
export function backoffDelay(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const capped = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(capped / 2 + random() * (capped / 2));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export type HttpVerdict = 'OK' | 'NOT_FOUND' | 'RETRY' | 'REJECTED';

/** 404 is an answer, not a failure; 408, 429 and 5xx may pass; any other 4xx will not improve. */
export function verdictOf(status: number): HttpVerdict {
  if (status >= 200 && status < 300) return 'OK';
  if (status === 404) return 'NOT_FOUND';
  if (status === 408 || status === 429 || status >= 500) return 'RETRY';
  return 'REJECTED';
}
