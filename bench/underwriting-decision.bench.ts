// Second part of `npm run bench:underwriting`: our credit decision through the suite. BENCH_UW_ACCEPTS (200)
// applications are taken to OFFERS_READY over HTTP first (not measured), round-robin across the four lenders, one in
// ten with eight bureau enquiries and one in ten with a written-off account; then their offers are accepted at
// BENCH_UW_RATE per second (5), each awaited up to BENCH_UW_WAIT_S (120), and the bench reports accept → our decision (LENDER_REVIEW, MANUAL_REVIEW or
// REJECTED) from the status log: p50/p95/p99 (target p95 ≤ 500 ms), decisions/s, then the calibration floor's Redis
// round trip measured in the same run and the ratios.
import os from 'node:os';
import type { Connection } from 'mysql2/promise';
import { LIVE_PARTNERS } from '../test/support/sandbox-lenders.js';
import type { TestSuite } from '../test/support/test-suite.js';
import { floorComparison, measureFloor } from './support/calibration-floor.js';
import { startJourneySuite } from './support/journey-suite.js';
import {
  BatchedDbStatus,
  between,
  bureauPan,
  DECIDED,
  LoanJourneys,
  percentile,
  timelines,
  type Applicant,
} from './support/loan-journeys.js';
import { openLoop } from './support/open-loop.js';
import { SuiteUsage } from './support/suite-usage.js';

const ACCEPTS = Number(process.env.BENCH_UW_ACCEPTS ?? 200);
const RATE = Number(process.env.BENCH_UW_RATE ?? 5);
const WAIT_MS = Number(process.env.BENCH_UW_WAIT_S ?? 120) * 1_000;
const PREPARE_IN_FLIGHT = 16;
const FLOOR_DURATION_S = Number(process.env.BENCH_FLOOR_DURATION_S ?? 10);
const TARGET_P95_MS = 500;

const UNDECIDED = new Set(['OFFERS_READY', 'OFFER_ACCEPTED', 'UNDERWRITING']);
const kindOf = (i: number) => (i % 10 === 8 ? 'ZZEP' : i % 10 === 9 ? 'ZZWP' : 'ZZZP');

let suite: TestSuite | undefined;
let gatewayDb: Connection | undefined;
try {
  suite = await startJourneySuite('benchuw');
  gatewayDb = await suite.mysql('gateway');
  const owner = await suite.users.applicant('bench');
  const journeys = new LoanJourneys(suite.app('sandbox').http, owner, new BatchedDbStatus(gatewayDb), WAIT_MS);
  const applicants: Applicant[] = Array.from({ length: ACCEPTS }, (_, i) =>
    journeys.applicant(`application ${i}`, LIVE_PARTNERS[i % LIVE_PARTNERS.length].partnerCode, bureauPan(i, kindOf(i))),
  );
  const prepared = await openLoop(ACCEPTS, 1_000, PREPARE_IN_FLIGHT, (i) => journeys.toOffers(applicants[i]));
  const notReady = prepared.outcomes.filter((o) => o.status === 'rejected');
  if (notReady.length)
    throw new Error(`${notReady.length} applications did not reach OFFERS_READY: ${(notReady[0] as PromiseRejectedResult).reason}`);
  const ids = prepared.outcomes.map((o) => (o as PromiseFulfilledResult<string>).value);
  console.log(`(prepared ${ACCEPTS} applications in OFFERS_READY, not measured)`);

  const usage = await SuiteUsage.of(suite);
  const cpuBefore = await usage.cpuNow();
  const loadBefore = os.loadavg()[0];
  const accepted = await openLoop(ACCEPTS, RATE, ACCEPTS, async (i) => {
    await journeys.accept(applicants[i], ids[i]);
    // A decision may be followed by the lender's within one poll: anything past UNDERWRITING is decided.
    return journeys.wait(applicants[i], ids[i], 'our decision', (s) => !UNDECIDED.has(s), 'our decision');
  });
  const cpuAfter = await usage.cpuNow();
  const undecided = accepted.outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${ids[i]}: ${o.reason}`] : []));

  const logs = await timelines(gatewayDb, ids);
  const decisions = new Map<string, number>();
  const ms: number[] = [];
  let firstAccept = Infinity;
  let lastDecision = -Infinity;
  for (const id of ids) {
    const log = logs.get(id) ?? [];
    const decided = log.find((e) => DECIDED.has(e.status));
    const accept = log.find((e) => e.status === 'OFFER_ACCEPTED');
    if (!decided || !accept) continue;
    decisions.set(decided.status, (decisions.get(decided.status) ?? 0) + 1);
    ms.push(between(log, 'OFFER_ACCEPTED', decided.status)!);
    firstAccept = Math.min(firstAccept, accept.at);
    lastDecision = Math.max(lastDecision, decided.at);
  }
  ms.sort((a, b) => a - b);
  const perSecond = (ms.length / (lastDecision - firstAccept)) * 1_000;
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((p) => percentile(ms, p));
  console.log(
    `our credit decision through the suite: ${ACCEPTS} offers accepted at ${RATE}/s ` +
      `(load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after, ${os.availableParallelism()} cores):`,
  );
  console.log(
    `  accept → decision   p50 ${p50} ms   p95 ${p95} ms   p99 ${p99} ms   max ${ms.at(-1)} ms   ` +
      `(target p95 ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? 'met' : 'MISSED'})`,
  );
  console.log(
    `  ${perSecond.toFixed(1)} decisions/s (first accept to last decision); ${[...decisions].map(([s, n]) => `${s} ${n}`).join(', ')}`,
  );
  if (undecided.length) {
    console.log(`  UNDECIDED: ${undecided.length}`);
    for (const line of undecided) console.log(`    ${line}`);
    process.exitCode = 1;
  }
  if (ms.length) console.log(`  ${usage.cpuPer(cpuBefore, cpuAfter, ms.length, 'accepted offer (decision and lender submission)')}`);
  console.log(`  ${await usage.rss()}`);

  const floor = await measureFloor(['rpc'], FLOOR_DURATION_S, 32);
  for (const line of floorComparison(
    [{ title: 'accept → decision', reqPerSec: perSecond, p50Ms: p50, p99Ms: p99, floorRoute: 'rpc' }],
    floor,
  ))
    console.log(line);
  console.log('  (req/s here is decisions/s at the offered rate, not a saturation figure; p99/floor p99 is the useful ratio)');
} finally {
  await gatewayDb?.end();
  await suite?.stop();
}
