/** The adapter operations that reach the partner, each with its own timeout. */
export type NbfcOperation = 'quote' | 'submit' | 'accept' | 'disburse' | 'disbursalStatus' | 'applicationStatus';

/** Per-partner resilience: the registry wraps each adapter in one `ResilientNbfcAdapter` built from these. */
export interface ResilienceOptions {
  /** `applicationStatus`, a status read like `disbursalStatus`, takes that timeout when a connection names none. */
  timeoutsMs: Record<Exclude<NbfcOperation, 'applicationStatus'>, number> & { applicationStatus?: number };
  /** Calls in flight to this partner at once; more wait in a queue of `maxQueued` (default 2 × maxConcurrent), beyond that fail fast. */
  maxConcurrent: number;
  maxQueued?: number;
  breaker: { consecutiveFailures: number; halfOpenAfterMs: number };
  retry?: {
    /** Total attempts, capped at 3. */
    maxAttempts?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
    /** A partner's Retry-After is honoured up to this; a longer wait gives up at once. */
    maxRetryAfterMs?: number;
  };
}

export const MAX_ATTEMPTS = 3;

export const DEFAULT_RETRY = { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 200, maxDelayMs: 2_000, maxRetryAfterMs: 10_000 };
