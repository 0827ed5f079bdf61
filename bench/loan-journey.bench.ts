// `npm run bench:journey`: whole loan journeys over HTTP (create → KYC → offers → accept → our underwriting → lender
// sanction → bank account → disbursal), started at a steady rate (an open loop) round-robin across the four sandbox
// lenders answering after 50 ms. Prints journeys/s, p50/p95 of accept → APPROVED, accept → DISBURSED and created →
// APPROVED (status log), every journey that did not reach DISBURSED with where it stopped, CPU per journey and RSS,
// then the calibration floor measured in the same run (journeys/s over the floor's Redis round trip req/s).
// BENCH_JOURNEY_RATE (10/s) × BENCH_JOURNEY_DURATION_S (60) journeys; BENCH_JOURNEY_MAX_IN_FLIGHT caps them.
import os from 'node:os';
import type { Connection } from 'mysql2/promise';
import { LIVE_PARTNERS, SandboxLenders } from '../test/support/sandbox-lenders.js';
import type { TestSuite } from '../test/support/test-suite.js';
import { measureFloor } from './support/calibration-floor.js';
import { startJourneySuite } from './support/journey-suite.js';
import {
  BatchedDbStatus,
  between,
  bureauPan,
  FINAL,
  JourneyStepError,
  LoanJourneys,
  percentile,
  timelines,
  type Applicant,
} from './support/loan-journeys.js';
import { openLoop } from './support/open-loop.js';
import { SuiteUsage } from './support/suite-usage.js';

const RATE = Number(process.env.BENCH_JOURNEY_RATE ?? 10);
const DURATION_S = Number(process.env.BENCH_JOURNEY_DURATION_S ?? 60);
const MAX_IN_FLIGHT = Number(process.env.BENCH_JOURNEY_MAX_IN_FLIGHT ?? 100);
const JOURNEY_TIMEOUT_MS = Number(process.env.BENCH_JOURNEY_TIMEOUT_MS ?? 300_000);
const FLOOR_DURATION_S = Number(process.env.BENCH_FLOOR_DURATION_S ?? 10);
const PRIMING = 8;
const LENDER_LATENCY_MS = 50;
const COUNT = Math.round(RATE * DURATION_S);

let suite: TestSuite | undefined;
let gatewayDb: Connection | undefined;
try {
  suite = await startJourneySuite('benchjourney');
  gatewayDb = await suite.mysql('gateway');
  const lenders = new SandboxLenders(suite.app('sandbox').url);
  for (const { lender } of LIVE_PARTNERS) await lenders.setFault(lender, { mode: 'slow', latencyMs: LENDER_LATENCY_MS });
  const owner = await suite.users.applicant('bench');
  const journeys = new LoanJourneys(suite.app('sandbox').http, owner, new BatchedDbStatus(gatewayDb), JOURNEY_TIMEOUT_MS);

  const journey = async (i: number): Promise<string> => {
    const applicant: Applicant = journeys.applicant(`journey ${i}`, LIVE_PARTNERS[i % LIVE_PARTNERS.length].partnerCode, bureauPan(i));
    const id = await journeys.toOffers(applicant);
    await journeys.accept(applicant, id);
    await journeys.wait(applicant, id, 'approval', (s) => s === 'APPROVED' || FINAL.has(s), 'APPROVED', 'APPROVED');
    await journeys.addBankAccount(applicant, id);
    await journeys.wait(applicant, id, 'disbursal', (s) => FINAL.has(s) || s === 'DISBURSAL_FAILED', 'DISBURSED', 'DISBURSED');
    return id;
  };

  await openLoop(PRIMING, 4, PRIMING, (i) => journey(COUNT + i));
  console.log(`(priming: ${PRIMING} journeys, not measured)`);

  const usage = await SuiteUsage.of(suite);
  const cpuBefore = await usage.cpuNow();
  const loadBefore = os.loadavg()[0];
  const run = await openLoop(COUNT, RATE, MAX_IN_FLIGHT, journey);
  const cpuAfter = await usage.cpuNow();
  const ids = run.outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const lost = run.outcomes.flatMap((o, i) => (o.status === 'rejected' ? [{ i, reason: o.reason }] : []));

  const logs = await timelines(gatewayDb, ids);
  const disbursedAt = ids.map((id) => (logs.get(id) ?? []).find((e) => e.status === 'DISBURSED')!);
  const figures = (from: string, to: string) =>
    ids
      .map((id) => between(logs.get(id) ?? [], from, to))
      .filter((ms): ms is number => ms !== undefined)
      .sort((a, b) => a - b);
  const line = (title: string, ms: number[]) =>
    `  ${title.padEnd(22)} p50 ${percentile(ms, 0.5)} ms   p95 ${percentile(ms, 0.95)} ms   p99 ${percentile(ms, 0.99)} ms   max ${ms.at(-1)} ms`;

  // Wall time: from the first measured creation to the last measured payout, read from the status log.
  const firstCreated = Math.min(...disbursedAt.map((e) => e.at - e.sinceCreatedMs));
  const wallMs = Math.max(...disbursedAt.map((e) => e.at)) - firstCreated;
  const perSecond = (ids.length / wallMs) * 1_000;
  console.log(
    `loan journeys, 4 lenders at ${LENDER_LATENCY_MS} ms, started at ${RATE}/s for ${DURATION_S} s (${COUNT} journeys, at most ${MAX_IN_FLIGHT} in flight; ` +
      `load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after, ${os.availableParallelism()} cores):`,
  );
  console.log(
    `  ${perSecond.toFixed(2)} journeys/s DISBURSED (${ids.length} of ${COUNT} in ${(wallMs / 1_000).toFixed(1)} s, first creation to last payout)` +
      `; starts that waited for a slot: ${run.delayedStarts}; the last started ${((run.lastStartAt - run.startedAt) / 1_000).toFixed(1)} s in`,
  );
  console.log(line('accept → APPROVED', figures('OFFER_ACCEPTED', 'APPROVED')));
  console.log(line('accept → DISBURSED', figures('OFFER_ACCEPTED', 'DISBURSED')));
  console.log(line('created → APPROVED', figures('created', 'APPROVED')));
  console.log(
    line(
      'created → DISBURSED',
      disbursedAt.map((e) => e.sinceCreatedMs).sort((a, b) => a - b),
    ),
  );
  if (lost.length) {
    console.log(`  NOT DISBURSED: ${lost.length} of ${COUNT}`);
    for (const { i, reason } of lost) {
      const where = reason instanceof JourneyStepError ? `${reason.applicationId ?? '(not created)'}: ${reason.message}` : String(reason);
      console.log(`    journey ${i} ${where}`);
    }
    process.exitCode = 1;
  } else console.log(`  none lost: all ${COUNT} DISBURSED`);
  if (ids.length) console.log(`  ${usage.cpuPer(cpuBefore, cpuAfter, ids.length, 'journey')}`);
  console.log(`  ${await usage.rss()}`);
  for (const { lender } of LIVE_PARTNERS) await lenders.clearFault(lender);

  const floor = await measureFloor(['rpc'], FLOOR_DURATION_S, 32);
  console.log('compared with the calibration floor measured in this run:');
  if ('unavailable' in floor) console.log(`  FLOOR NOT MEASURED (${floor.unavailable}); no ratio`);
  else {
    for (const f of floor.figures.values())
      console.log(`  floor ${f.route} ${f.reqPerSec.toFixed(0)} req/s p50 ${f.p50Ms} ms p99 ${f.p99Ms} ms`);
    const rpc = floor.figures.get('rpc')!;
    console.log(
      `  journeys/s over floor rpc req/s: ${(perSecond / rpc.reqPerSec).toExponential(3)} ` +
        `(${perSecond.toFixed(2)} / ${rpc.reqPerSec.toFixed(0)}; one journey is many requests and round trips)`,
    );
  }
} finally {
  await gatewayDb?.end();
  await suite?.stop();
}
