// `npm run bench`: GET /v1/applications/:id and POST /v1/applications through the gateway at 32 connections, then
// the calibration floor's `read` and `create` routes (after the gateway has stopped), and each route's ratio to them.
// Starts its own gateway (private Redis and databases) like the e2e tests; needs `npm run stack`'s servers.
// BENCH_LOG_LEVEL=info measures with the production log level (one line per request) instead of warn.
// Prints the gateway's RSS after each phase; BENCH_ROUNDS=3 runs both phases three times against the same gateway and
// prints the RSS growth from the first round to the last (issue #14: within 10 %).
import { applicationBody } from '../test/support/gateway-users.js';
import { TestSuite } from '../test/support/test-suite.js';
import { benchFigures, floorComparison, measureFloor, type BenchFigures } from './support/calibration-floor.js';
import { CONNECTIONS, DURATION_S, loadTest } from './support/http-load.js';
import { heapOf } from './support/app-heap.js';
import { rssMiB } from './support/process-usage.js';
import { rssGrowthLine } from './support/rss-growth.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

const figures: BenchFigures[] = [];
const suite = await TestSuite.start('bench', [{ service: 'gateway' }], {
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  THROTTLE_AUTH_LIMIT: '100000',
});
try {
  const user = await suite.users.applicant('bench');
  const headers = { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' };
  const created = await user.http.post('/v1/applications', applicationBody());
  const { url, pid } = suite.app('gateway');
  const gateway = { name: 'gateway', pid };
  const rssByRound: number[] = [];
  const printRss = async (after: string) => {
    const rss = await rssMiB(pid);
    console.log(`  gateway RSS after ${after}: ${rss.toFixed(0)} MiB, ${await heapOf(url)}`);
    return rss;
  };
  for (let round = 1; round <= ROUNDS; round++) {
    const suffix = ROUNDS > 1 ? ` (round ${round})` : '';
    const read = await loadTest(
      `GET /v1/applications/:id${suffix}`,
      { url: `${url}/v1/applications/${created.body.id}`, headers },
      CONNECTIONS,
      gateway,
    );
    figures.push(benchFigures(`GET /v1/applications/:id${suffix}`, read, 'read'));
    await printRss(`read${suffix}`);
    const create = await loadTest(
      `POST /v1/applications${suffix}`,
      {
        url: `${url}/v1/applications`,
        method: 'POST',
        headers,
        body: JSON.stringify(applicationBody()),
      },
      CONNECTIONS,
      gateway,
    );
    figures.push(benchFigures(`POST /v1/applications${suffix}`, create, 'create'));
    rssByRound.push(await printRss(`create${suffix}`));
  }
  if (ROUNDS > 1) console.log(rssGrowthLine(rssByRound));
} finally {
  await suite.stop();
}
for (const line of floorComparison(figures, await measureFloor(['read', 'create'], DURATION_S, CONNECTIONS))) console.log(line);
