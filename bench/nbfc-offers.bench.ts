// `npm run bench:nbfc`: offer computation as the suite does it now. Applications cloned in KYC_VERIFIED each get a
// recorded `offer.cmd.compute-offers.v1` in the gateway's outbox (as entering KYC_VERIFIED records it) and are handed
// to its delivery queue; the bench measures how fast the gateway and offer service move them to OFFERS_READY, with
// all four partners quoting live from the sandbox lenders at 50 ms each: a burst (throughput, and time from recording
// to OFFERS_READY from the status log), 16 in flight at a time (a closed loop, like 16 connections: issue #14's target),
// one at a time, then one lender holding some or all quotes past the timeout.
// Offer computation has no calibration floor route: the floor's Redis round trip, measured in the same run, calibrates the
// machine (16-in-flight throughput and p99 over the floor's rpc req/s and p99).
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import type { Connection } from 'mysql2/promise';
import { applicationBody } from '../test/support/gateway-users.js';
import { servicesScript } from '../test/support/repo-scripts.js';
import { enableConnections, LIVE_PARTNERS, SandboxLenders, type LenderCode } from '../test/support/sandbox-lenders.js';
import { TestSuite } from '../test/support/test-suite.js';
import { AppliedEvents } from './support/applied-events.js';
import { hopBreakdown, type TimedComputation } from './support/hop-breakdown.js';
import { deliveryQueue, handToDelivery, recordComputeOffers, recordOnly, settledAfter } from './support/offer-commands.js';
import { quoteOutcomes, quoteOverlap } from './support/partner-call-summary.js';
import { measureFloor } from './support/calibration-floor.js';
import { mongoServerParty, pidByName, processParty } from './support/process-usage.js';
import { cloneAsKycVerified } from './support/verified-applications.js';

const BURST = Number(process.env.BENCH_COMPUTATIONS ?? 1_000);
const ONE_AT_A_TIME = Number(process.env.BENCH_SERIAL_COMPUTATIONS ?? 30);
const PRIMING = 100;
/** Issue #14: offers with four lenders at 50 ms, 16 connections. */
const IN_FLIGHT = 16;
const IN_FLIGHT_MS = Number(process.env.BENCH_DURATION_S ?? 10) * 1_000;
/** Applications recorded ahead for the closed loop; it stops early if it uses them all. */
const IN_FLIGHT_POOL = Number(process.env.BENCH_IN_FLIGHT_POOL ?? 3_000);
const TARGET_P99_MS = 150;
/** LOS CPU ms per computation on main 7b87451 (burst, quiet machine, 08:20): gateway 5.53, offer-service 10.25, MariaDB 4.05, FerretDB 2.07. */
const BASELINE_CPU_MS = 21.9;
/** Sandbox PAN scoring exactly 750, which every lender approves. */
const PAN_750 = 'ZZZPZ0750Z';
const LENDER_LATENCY_MS = 50;
/** The seeded quote timeout and circuit breaker (apps/offer-service/src/database/seeds/connection-seeds.ts). */
const QUOTE_TIMEOUT_MS = 2_000;
const BREAKER_HALF_OPEN_MS = 10_000;
const TIMING_OUT: LenderCode = 'ocean';
/** The offer service writes its partner call trail up to a linger (100 ms) behind the answers. */
const TRAIL_LAG_MS = 300;
const SETTLE_TIMEOUT_MS = Number(process.env.BENCH_SETTLE_TIMEOUT_MS ?? 180_000);

const suite = await TestSuite.start('benchnbfc', [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'offer-service' }], {
  LOG_LEVEL: 'warn',
  THROTTLE_AUTH_LIMIT: '100000',
});
const mongo = new MongoClient(suite.infra.mongoUrl);
let gatewayDb: Connection | undefined;
let offerSql: Connection | undefined;
try {
  await enableConnections(
    suite,
    LIVE_PARTNERS.map((partner) => partner.partnerCode),
    { LOG_LEVEL: 'warn' },
  );
  const offerDb = mongo.db(`${suite.prefix}_${(await servicesScript()).serviceByName('offer-service').db}`);
  const lenders = new SandboxLenders(suite.app('sandbox').url);
  const applicant = await suite.users.applicant('bench');
  const template = await applicant.http.post('/v1/applications', applicationBody({ applicant: { pan: PAN_750 } }));
  if (template.status !== 201) throw new Error(`application not created: ${template.status} ${JSON.stringify(template.body)}`);
  const db = (gatewayDb = await suite.mysql('gateway'));
  const ids = await cloneAsKycVerified(db, template.body.id, PRIMING + IN_FLIGHT_POOL + 3 * BURST + ONE_AT_A_TIME + 1);
  let next = 0;
  const take = (n: number) => ids.slice(next, (next += n));

  // The LOS processes whose CPU a computation costs; the sandbox lenders stand for the partners and are left out.
  // MariaDB and FerretDB are shared with anything else running on this machine, so their share is an upper bound.
  const processes = [
    processParty('gateway', suite.app('gateway').pid),
    processParty('offer-service', suite.app('offer-service').pid),
    processParty('MariaDB', await pidByName('mariadbd')),
    await mongoServerParty(suite.infra.mongoUrl),
  ];
  const cpuNow = () => Promise.all(processes.map((party) => party.cpuSeconds()));

  async function untilSettled(batch: string[], recordedAt: Date) {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    for (;;) {
      const settled = await settledAfter(db, batch, recordedAt);
      if (settled.length >= batch.length || Date.now() > deadline) return settled;
      await sleep(batch.length === 1 ? 5 : 250);
    }
  }

  const cpuLine = (cpu: number[], count: number) => {
    const ms = cpu.map((seconds) => (seconds / count) * 1_000);
    const per = processes.map(({ name }, i) => `${name} ${ms[i].toFixed(2)}`);
    const sum = ms.reduce((a, b) => a + b, 0);
    return `  CPU ms per computation: ${per.join(', ')} (sandbox excluded); sum ${sum.toFixed(2)}`;
  };

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  function report(title: string, count: number, settled: { status: string; ms: number }[], wallMs: number, cpu?: number[]) {
    const ms = settled.map((s) => s.ms).sort((a, b) => a - b);
    const statuses = new Map<string, number>();
    for (const { status } of settled) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    console.log(
      `${title.padEnd(40)} ${((settled.length / wallMs) * 1_000).toFixed(1).padStart(6)} computations/s   ` +
        `recorded→OFFERS_READY p50 ${percentile(ms, 0.5)} ms   p99 ${percentile(ms, 0.99)} ms   max ${ms.at(-1)} ms   ` +
        `(${count} recorded, ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ') || 'none settled'})`,
    );
    if (settled.length < count) console.log(`  WARNING: ${count - settled.length} still KYC_VERIFIED after ${SETTLE_TIMEOUT_MS} ms`);
    if (cpu && settled.length) console.log(cpuLine(cpu, settled.length));
  }

  async function burst(title: string, count: number) {
    for (const { lender } of LIVE_PARTNERS) await lenders.resetStats(lender);
    const batch = take(count);
    const before = await cpuNow();
    const since = new Date();
    const recordedAt = await recordComputeOffers(db, suite.infra.redisUrl, batch);
    const settled = await untilSettled(batch, recordedAt);
    const after = await cpuNow();
    const wallMs = Math.max(1, ...settled.map((s) => s.ms));
    report(
      title,
      count,
      settled,
      wallMs,
      after.map((cpu, i) => cpu - before[i]),
    );
    const seen = await Promise.all(LIVE_PARTNERS.map(async ({ lender }) => `${lender} ${await lenders.quoteRequests(lender)}`));
    console.log(`  quote requests the lenders saw: ${seen.join(', ')}`);
    console.log(`  recorded quote calls: ${await quoteOutcomes(offerDb, since)}`);
    return since;
  }

  for (const { lender } of LIVE_PARTNERS) await lenders.setFault(lender, { mode: 'slow', latencyMs: LENDER_LATENCY_MS });
  const priming = take(PRIMING);
  await untilSettled(priming, await recordComputeOffers(db, suite.infra.redisUrl, priming));
  console.log(`(priming: ${PRIMING} offer computations, not measured)`);

  /**
   * Exactly IN_FLIGHT computations at a time: each worker hands the next recorded command to the gateway's delivery
   * queue once its previous one is applied (the application left KYC_VERIFIED). Recording happens beforehand, in one
   * transaction, as it belongs to the move into KYC_VERIFIED; time runs from handing over to the result applied.
   */
  async function closedLoop(title: string): Promise<{ perSecond: number; p99Ms: number }> {
    for (const { lender } of LIVE_PARTNERS) await lenders.resetStats(lender);
    const pool = take(IN_FLIGHT_POOL);
    const { recordedAt, commandIds } = await recordOnly(db, pool);
    const queue = deliveryQueue(suite.infra.redisUrl);
    const applied = await AppliedEvents.listen(suite.infra.redisUrl);
    try {
      await queue.isReady();
      const latencies: number[] = [];
      const timed: TimedComputation[] = [];
      const started: string[] = [];
      let late = 0;
      const before = await cpuNow();
      const startedAt = performance.now();
      const deadline = startedAt + IN_FLIGHT_MS;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (performance.now() < deadline && started.length < pool.length) {
            const index = started.length;
            started.push(pool[index]);
            const from = performance.now();
            const handedAt = Date.now();
            const done = applied.applied(commandIds[index], SETTLE_TIMEOUT_MS);
            await handToDelivery(queue, [commandIds[index]]);
            if (await done) {
              latencies.push(performance.now() - from);
              timed.push({ commandId: commandIds[index], applicationId: pool[index], handedAt, appliedAt: Date.now() });
            } else late++;
          }
        }),
      );
      const wallMs = performance.now() - startedAt;
      const after = await cpuNow();
      const ms = latencies.sort((a, b) => a - b);
      const statuses = new Map<string, number>();
      for (const { status } of await settledAfter(db, started, recordedAt)) statuses.set(status, (statuses.get(status) ?? 0) + 1);
      console.log(
        `${title.padEnd(40)} ${((latencies.length / wallMs) * 1_000).toFixed(1).padStart(6)} computations/s   ` +
          `handed over→applied p50 ${percentile(ms, 0.5).toFixed(0)} ms   p99 ${percentile(ms, 0.99).toFixed(0)} ms   ` +
          `max ${ms.at(-1)?.toFixed(0)} ms   (target p99 < ${TARGET_P99_MS} ms)   ` +
          `(${started.length} started, ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ') || 'none settled'})`,
      );
      if (late) console.log(`  WARNING: ${late} not applied within ${SETTLE_TIMEOUT_MS} ms`);
      if (started.length >= pool.length) console.log(`  NOTE: used all ${pool.length} recorded applications before ${IN_FLIGHT_MS} ms`);
      const cpu = after.map((value, i) => value - before[i]);
      console.log(cpuLine(cpu, latencies.length));
      console.log(`  target: LOS CPU sum <= ${(BASELINE_CPU_MS / 2).toFixed(2)} ms, half of ${BASELINE_CPU_MS} (main 7b87451, burst)`);
      const seen = await Promise.all(LIVE_PARTNERS.map(async ({ lender }) => `${lender} ${await lenders.quoteRequests(lender)}`));
      console.log(`  quote requests the lenders saw: ${seen.join(', ')}`);
      await sleep(TRAIL_LAG_MS);
      for (const line of await hopBreakdown(db, (offerSql ??= await suite.mysql('offer-service')), offerDb, timed)) console.log(line);
      return { perSecond: (latencies.length / wallMs) * 1_000, p99Ms: percentile(ms, 0.99) };
    } finally {
      await applied.close();
      await queue.close();
    }
  }

  const inFlight = new Date();
  const inFlightFigures = await closedLoop(`${IN_FLIGHT} in flight, 4 lenders at ${LENDER_LATENCY_MS} ms`);
  console.log(`  overlap: ${await quoteOverlap(offerDb, inFlight)}`);

  const parallel = await burst(`burst, 4 lenders at ${LENDER_LATENCY_MS} ms`, BURST);
  console.log(`  overlap: ${await quoteOverlap(offerDb, parallel)}`);

  const alone = new Date();
  const serial: { status: string; ms: number }[] = [];
  const serialStart = Date.now();
  for (const id of take(ONE_AT_A_TIME))
    serial.push(...(await untilSettled([id], await recordComputeOffers(db, suite.infra.redisUrl, [id]))));
  report('same, one at a time', ONE_AT_A_TIME, serial, Date.now() - serialStart);
  console.log(`  overlap: ${await quoteOverlap(offerDb, alone)}`);

  // Timing out on every quote trips the partner's circuit breaker (5 in a row) and later quotes fail at once; one in
  // five rarely makes 5 in a row, so those computations do wait out the quote timeout.
  await lenders.setFault(TIMING_OUT, { mode: 'timeout', latencyMs: QUOTE_TIMEOUT_MS + 3_000, ratio: 0.2 });
  await burst(`burst, ${TIMING_OUT} timing out 1 in 5`, BURST);
  // The last held quotes of that phase end in a row of timeouts: let the circuit close again, so this phase starts fresh.
  await lenders.clearFault(TIMING_OUT);
  await sleep(BREAKER_HALF_OPEN_MS + 500);
  const probe = take(1);
  await untilSettled(probe, await recordComputeOffers(db, suite.infra.redisUrl, probe));
  await lenders.setFault(TIMING_OUT, { mode: 'timeout', latencyMs: QUOTE_TIMEOUT_MS + 3_000 });
  await burst(`burst, ${TIMING_OUT} timing out always`, BURST);

  const rss = await Promise.all(processes.map(async (party) => `${party.name} ${(await party.rssMiB()).toFixed(0)} MiB`));
  console.log(`RSS at the end: ${rss.join(', ')}`);
  const floor = await measureFloor(['rpc'], Number(process.env.BENCH_FLOOR_DURATION_S ?? 10), 32);
  console.log('compared with the calibration floor measured in this run (no offer-computation route: its Redis round trip):');
  if ('unavailable' in floor) console.log(`  FLOOR NOT MEASURED (${floor.unavailable}); no ratio`);
  else {
    const rpc = floor.figures.get('rpc')!;
    console.log(`  floor rpc ${rpc.reqPerSec.toFixed(0)} req/s p50 ${rpc.p50Ms} ms p99 ${rpc.p99Ms} ms`);
    console.log(
      `  ${IN_FLIGHT} in flight: computations/s over floor rpc req/s ${(inFlightFigures.perSecond / rpc.reqPerSec).toFixed(4)}, ` +
        `p99 over floor rpc p99 ${(inFlightFigures.p99Ms / rpc.p99Ms).toFixed(1)}x (one computation is many round trips and four 50 ms quotes)`,
    );
  }
  for (const { lender } of LIVE_PARTNERS) await lenders.clearFault(lender);
} finally {
  await gatewayDb?.end();
  await offerSql?.end();
  await mongo.close();
  await suite.stop();
}
