/** Nearest-rank percentile of ascending figures; null when there are none. */
export function percentile(ascending: readonly number[], percent: number): number | null {
  if (ascending.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percent / 100) * ascending.length));
  return ascending[rank - 1]!;
}
