import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from 'mongodb';

interface QuoteCall {
  partner: string;
  applicationId: string;
  startedAt: Date;
  latencyMs: number;
  outcome: string;
  errorCode: string | null;
}

/** The offer service writes its call trail up to a linger (100 ms) behind the answers. */
const TRAIL_LAG_MS = 300;

const quoteCallsSince = async (offerDb: Db, since: Date) => {
  await sleep(TRAIL_LAG_MS);
  return offerDb
    .collection<QuoteCall>('partner_calls')
    .find({ operation: 'quote', startedAt: { $gte: since } })
    .toArray();
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
const sortedNumbers = (values: number[]) => [...values].sort((a, b) => a - b);

/** Per partner, how its recorded quote calls ended: `SUCCESS 250` or `PARTNER_TIMEOUT 5, PARTNER_CIRCUIT_OPEN 480`. */
export async function quoteOutcomes(offerDb: Db, since: Date): Promise<string> {
  const counts = new Map<string, Map<string, number>>();
  for (const call of await quoteCallsSince(offerDb, since)) {
    const outcomes = counts.get(call.partner) ?? new Map<string, number>();
    const outcome = call.errorCode ?? call.outcome;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    counts.set(call.partner, outcomes);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([partner, outcomes]) => `${partner} ${[...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(' + ')}`)
    .join('; ');
}

/**
 * How the quote calls of each offer computation overlapped: how far apart they started, how long quoting took from
 * the first call to the last answer, and what the same calls would have taken one after another.
 */
export async function quoteOverlap(offerDb: Db, since: Date): Promise<string> {
  const byApplication = new Map<string, QuoteCall[]>();
  for (const call of await quoteCallsSince(offerDb, since))
    byApplication.set(call.applicationId, [...(byApplication.get(call.applicationId) ?? []), call]);
  const complete = [...byApplication.values()].filter((calls) => calls.length >= 4);
  const starts = (calls: QuoteCall[]) => calls.map((call) => call.startedAt.getTime());
  const spread = sortedNumbers(complete.map((calls) => Math.max(...starts(calls)) - Math.min(...starts(calls))));
  const wall = sortedNumbers(
    complete.map((calls) => Math.max(...calls.map((c) => c.startedAt.getTime() + c.latencyMs)) - Math.min(...starts(calls))),
  );
  const serial = sortedNumbers(complete.map((calls) => calls.reduce((sum, call) => sum + call.latencyMs, 0)));
  const ms = (values: number[]) => `${Math.round(percentile(values, 0.5))} ms (p99 ${Math.round(percentile(values, 0.99))} ms)`;
  return (
    `${complete.length} computations: their 4 quote calls started within ${ms(spread)} of each other; ` +
    `quoting took ${ms(wall)} from first call to last answer, against ${ms(serial)} one after another`
  );
}
