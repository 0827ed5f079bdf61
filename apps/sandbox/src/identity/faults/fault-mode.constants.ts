/**
 * What a source does to a request: `slow` answers late, `error` 503, `rate_limit` 429 with
 * Retry-After, `timeout` holds the request past any client's patience, `not_found` 404.
 */
export const FAULT_MODES = ['none', 'slow', 'error', 'rate_limit', 'timeout', 'not_found'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export const DEFAULT_SLOW_MS = 2_000;
/** Far beyond any client timeout; the hold still ends when the client leaves or the app stops. */
export const DEFAULT_TIMEOUT_HOLD_MS = 30_000;
export const MAX_LATENCY_MS = 120_000;
