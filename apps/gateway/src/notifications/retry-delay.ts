const MAX_DELAY_MS = 10 * 60_000;

/** Exponential backoff with ±20% jitter: base, 2×base, 4×base… after attempts 1, 2, 3…, at most ten minutes. */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** (attempt - 1), MAX_DELAY_MS);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
