export interface RetrySettings {
  /** Calls to the lender in all, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * When to call the lender again after a retryable failure: capped exponential backoff (base, 2×base, 4×base … at
 * most max), never sooner than the lender's own Retry-After, and not at all once the attempts are spent.
 */
export class DisbursalRetryPolicy {
  constructor(private readonly settings: RetrySettings) {}

  /** After `attemptsMade` calls failed retryably (the last asking to wait `retryAfterSeconds`), is there another, and when. */
  afterFailure(attemptsMade: number, retryAfterSeconds?: number): RetryDecision {
    if (attemptsMade >= this.settings.attempts) return { retry: false };
    const backoff = Math.min(this.settings.maxMs, this.settings.baseMs * 2 ** Math.max(0, attemptsMade - 1));
    const asked = (retryAfterSeconds ?? 0) * 1_000;
    return { retry: true, delayMs: Math.min(this.settings.maxMs, Math.max(backoff, asked)) };
  }
}
