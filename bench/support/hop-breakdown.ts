import type { Db } from 'mongodb';
import type { Connection } from 'mysql2/promise';

/** One computation of a closed loop: its command, its application, and when the bench handed it over and saw it applied. */
export interface TimedComputation {
  commandId: string;
  applicationId: string;
  handedAt: number;
  appliedAt: number;
}

/** The hops of one computation, in order, each from the previous mark (all clocks are this machine's). */
const HOPS = [
  ['delivered', 'handed over → offer-service inbox row (gateway Deliver job, outbox read, RPC)'],
  ['to quotes', 'inbox row → first quote call (Execute job wait, inbox read, latest set read, bureau call)'],
  ['quoting', 'first quote call → last answer (4 lenders at once)'],
  ['to stored', 'last answer → command completed (offer set and offers stored, inbox row done)'],
  ['to status', 'command completed → OFFERS_READY logged (Apply job on the gateway events queue, its transaction)'],
  ['to applied', 'OFFERS_READY logged → bench told (commit, Bull completion, pub/sub)'],
] as const;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/**
 * Where the time of each computation went, read from what the services store anyway: the inbox row's received and
 * completed times (offer-service MariaDB), the quote calls' trail (its Mongo), the status log (gateway MariaDB).
 * Lines of `hop p50 / p99 / mean` in ms; a hop's p99 is its own, so the p99s do not add up to the end-to-end p99.
 */
export async function hopBreakdown(gatewayDb: Connection, offerSql: Connection, offerDb: Db, timed: TimedComputation[]): Promise<string[]> {
  if (timed.length === 0) return ['  hops: no computation applied'];
  const commandIds = timed.map((t) => t.commandId);
  const applicationIds = timed.map((t) => t.applicationId);
  const [inbox] = await offerSql.query<any[]>(
    `SELECT id, received_at, completed_at FROM inbox_commands WHERE id IN (${commandIds.map(() => '?').join(', ')})`,
    commandIds,
  );
  const [logged] = await gatewayDb.query<any[]>(
    `SELECT application_id, MIN(at) AS at FROM application_status_log
     WHERE from_status = 'KYC_VERIFIED' AND application_id IN (${applicationIds.map(() => '?').join(', ')}) GROUP BY application_id`,
    applicationIds,
  );
  const calls = await offerDb
    .collection<{ applicationId: string; startedAt: Date; latencyMs: number }>('partner_calls')
    .find({ operation: 'quote', applicationId: { $in: applicationIds } })
    .toArray();
  const inboxOf = new Map(inbox.map((row) => [row.id as string, row]));
  const loggedOf = new Map(logged.map((row) => [row.application_id as string, new Date(row.at).getTime()]));
  const quotesOf = new Map<string, { first: number; last: number }>();
  for (const call of calls) {
    const start = call.startedAt.getTime();
    const seen = quotesOf.get(call.applicationId) ?? { first: Infinity, last: -Infinity };
    quotesOf.set(call.applicationId, { first: Math.min(seen.first, start), last: Math.max(seen.last, start + call.latencyMs) });
  }
  const samples: number[][] = HOPS.map(() => []);
  for (const t of timed) {
    const row = inboxOf.get(t.commandId);
    const quotes = quotesOf.get(t.applicationId);
    const at = loggedOf.get(t.applicationId);
    if (!row?.completed_at || !quotes || at === undefined) continue;
    const marks = [
      t.handedAt,
      new Date(row.received_at).getTime(),
      quotes.first,
      quotes.last,
      new Date(row.completed_at).getTime(),
      at,
      t.appliedAt,
    ];
    for (let i = 0; i < HOPS.length; i++) samples[i].push(marks[i + 1] - marks[i]);
  }
  return HOPS.map(([name, what], i) => {
    const sorted = samples[i].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
    const ms = (value: number) => value.toFixed(0).padStart(5);
    return `  hop ${name.padEnd(10)} p50 ${ms(percentile(sorted, 0.5))}  p99 ${ms(percentile(sorted, 0.99))}  mean ${ms(mean)} ms   ${what}`;
  });
}
