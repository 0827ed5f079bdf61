// `npm run bench:nbfc`: GET /v1/applications/:id/offers through the gateway with all four partners quoting live
// from the sandbox lenders, each answering in 50 ms (16 connections, then one); then with one lender holding some
// or all of its quotes past the quote timeout.
// Every request is a fresh computation: a computed offer set is kept while valid, so each request takes the
// next of many applications cloned in status KYC_VERIFIED.
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import { applicationBody } from '../test/support/gateway-users.js';
import { servicesScript } from '../test/support/repo-scripts.js';
import { enableConnections, LIVE_PARTNERS, SandboxLenders, type LenderCode } from '../test/support/sandbox-lenders.js';
import { TestSuite } from '../test/support/test-suite.js';
import { DURATION_S, loadTest } from './support/http-load.js';
import { quoteOutcomes, quoteOverlap } from './support/partner-call-summary.js';
import { cloneAsKycVerified } from './support/verified-applications.js';

const CONNECTIONS = 16;
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 6_000);
/** Sandbox PAN scoring exactly 750, which every lender approves. */
const PAN_750 = 'ZZZPZ0750Z';
const LENDER_LATENCY_MS = 50;
/** The seeded quote timeout and circuit breaker (apps/offer-service/src/database/seeds/connection-seeds.ts). */
const QUOTE_TIMEOUT_MS = 2_000;
const BREAKER_HALF_OPEN_MS = 10_000;
const TIMING_OUT: LenderCode = 'ocean';
/** Freshly started services answer their first few hundred requests slowly (JIT, pools); not part of any figure. */
const PRIMING_S = 5;

const suite = await TestSuite.start('benchnbfc', [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'offer-service' }], {
  LOG_LEVEL: 'warn',
  THROTTLE_AUTH_LIMIT: '100000',
});
const mongo = new MongoClient(suite.infra.mongoUrl);
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
  const gatewayDb = await suite.mysql('gateway');
  const ids = await cloneAsKycVerified(gatewayDb, template.body.id, APPLICATIONS).finally(() => gatewayDb.end());

  let next = 0;
  const options: autocannon.Options = {
    url: suite.app('gateway').url,
    headers: { authorization: `Bearer ${applicant.token}` },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/v1/applications/${ids[next++ % ids.length]}/offers` }) }],
  };

  async function phase(title: string, connections: number, target?: { text: string; limitMs: number }) {
    for (const { lender } of LIVE_PARTNERS) await lenders.resetStats(lender);
    const since = new Date();
    const result = await loadTest(title, options, connections);
    if (target) {
      const verdict = result.latency.p99 <= target.limitMs ? 'met' : 'MISSED';
      console.log(`  target ${target.text}: ${verdict} (p99 ${result.latency.p99} ms, slowest ${result.latency.max} ms)`);
    }
    const seen = await Promise.all(LIVE_PARTNERS.map(async ({ lender }) => `${lender} ${await lenders.quoteRequests(lender)}`));
    console.log(`  quote requests the lenders saw (2 s warm-up + ${DURATION_S} s): ${seen.join(', ')}`);
    console.log(`  recorded quote calls: ${await quoteOutcomes(offerDb, since)}`);
    return since;
  }

  for (const { lender } of LIVE_PARTNERS) await lenders.setFault(lender, { mode: 'slow', latencyMs: LENDER_LATENCY_MS });
  await autocannon({ ...options, connections: CONNECTIONS, duration: PRIMING_S });
  console.log(`(priming: ${next} offer computations in ${PRIMING_S} s, not measured)`);

  const parallel = await phase(`offers, 4 lenders at ${LENDER_LATENCY_MS} ms`, CONNECTIONS, { text: 'p99 < 150 ms', limitMs: 149 });
  console.log(`  overlap: ${await quoteOverlap(offerDb, parallel)}`);
  const alone = await phase('same, one connection', 1);
  console.log(`  overlap: ${await quoteOverlap(offerDb, alone)}`);

  // Timing out on every quote trips the partner's circuit breaker (5 in a row) and later quotes fail at once; one in
  // five rarely makes 5 in a row, so those requests do wait out the quote timeout.
  const timeoutTarget = { text: `p99 <= ${QUOTE_TIMEOUT_MS + 100} ms (quote timeout + 100 ms)`, limitMs: QUOTE_TIMEOUT_MS + 100 };
  await lenders.setFault(TIMING_OUT, { mode: 'timeout', latencyMs: QUOTE_TIMEOUT_MS + 3_000, ratio: 0.2 });
  await phase(`offers, ${TIMING_OUT} timing out 1 in 5`, CONNECTIONS, timeoutTarget);
  // The last held quotes of that phase end in a row of timeouts: let the circuit close again, so this phase starts fresh.
  await lenders.clearFault(TIMING_OUT);
  await sleep(BREAKER_HALF_OPEN_MS + 500);
  await applicant.http.get(`/v1/applications/${ids[next++ % ids.length]}/offers`);
  await lenders.setFault(TIMING_OUT, { mode: 'timeout', latencyMs: QUOTE_TIMEOUT_MS + 3_000 });
  await phase(`offers, ${TIMING_OUT} timing out always`, CONNECTIONS, timeoutTarget);

  if (next > ids.length) console.log(`WARNING: ${next} requests for ${ids.length} applications; later ones reused computed offer sets`);
  else console.log(`(${next} of ${ids.length} prepared applications used)`);
  for (const { lender } of LIVE_PARTNERS) await lenders.clearFault(lender);
} finally {
  await mongo.close();
  await suite.stop();
}
