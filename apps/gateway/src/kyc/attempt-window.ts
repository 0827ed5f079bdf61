export const ATTEMPT_WINDOW_MS = 24 * 3_600_000;

/**
 * Seconds until one more attempt fits a rolling window that already holds `times` (oldest first), or
 * null when it fits now: the oldest counted attempt has to leave the window first.
 */
export function retryAfterSeconds(times: readonly Date[], limit: number, now: Date, windowMs = ATTEMPT_WINDOW_MS): number | null {
  const inWindow = times.filter((time) => time.getTime() > now.getTime() - windowMs);
  if (inWindow.length < limit) return null;
  const freeing = inWindow[inWindow.length - limit];
  return Math.max(1, Math.ceil((freeing.getTime() + windowMs - now.getTime()) / 1_000));
}
