/** Seconds within which an approval counts as fast (the two-hour promise). */
export const TWO_HOURS_S = 2 * 60 * 60;

export interface DurationStats {
  count: number;
  meanSeconds: number | null;
  p50Seconds: number | null;
  p90Seconds: number | null;
  /** Share of approvals within two hours, 0..1 (4 decimals). */
  withinTwoHoursShare: number | null;
}

/** Nearest-rank percentile (the smallest value with at least q of the values at or below it); `sorted` ascending. */
export function percentile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function durationStats(seconds: readonly number[]): DurationStats {
  if (seconds.length === 0) return { count: 0, meanSeconds: null, p50Seconds: null, p90Seconds: null, withinTwoHoursShare: null };
  const sorted = [...seconds].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    meanSeconds: round(sum / sorted.length, 3),
    p50Seconds: percentile(sorted, 0.5),
    p90Seconds: percentile(sorted, 0.9),
    withinTwoHoursShare: round(sorted.filter((value) => value <= TWO_HOURS_S).length / sorted.length, 4),
  };
}
