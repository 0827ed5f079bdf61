/** Growth allowed from the first round's RSS to the last's (issue #14: three benches back to back within 10 %). */
export const RSS_GROWTH_LIMIT = 0.1;

/**
 * One line on the RSS after each round, relative to the end of the first: the first round pays for JIT, pools and
 * caches once; growth after it is what would leak.
 */
export function rssGrowthLine(rssByRound: number[]): string {
  const first = rssByRound[0];
  const last = rssByRound.at(-1);
  if (first === undefined || last === undefined) return 'gateway RSS: not measured';
  const growth = (last - first) / first;
  const verdict = growth <= RSS_GROWTH_LIMIT ? 'within' : 'OVER';
  return (
    `gateway RSS after each round: ${rssByRound.map((mib) => mib.toFixed(0)).join(', ')} MiB; ` +
    `round 1 → ${rssByRound.length}: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (${verdict} ${RSS_GROWTH_LIMIT * 100} %)`
  );
}
