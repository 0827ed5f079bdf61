// `npm run bench`: GET /v1/applications/:id and POST /v1/applications through the gateway at 32 connections, then
// the calibration floor's `read` and `create` routes (after the gateway has stopped), and each route's ratio to them.
// Starts its own gateway (private Redis and databases) like the e2e tests; needs `npm run stack`'s servers.
// BENCH_LOG_LEVEL=info measures with the production log level (one line per request) instead of warn.
import { applicationBody } from '../test/support/gateway-users.js';
import { TestSuite } from '../test/support/test-suite.js';
import { benchFigures, floorComparison, measureFloor, type BenchFigures } from './support/calibration-floor.js';
import { CONNECTIONS, DURATION_S, loadTest } from './support/http-load.js';

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
  const read = await loadTest(
    'GET /v1/applications/:id',
    { url: `${url}/v1/applications/${created.body.id}`, headers },
    CONNECTIONS,
    gateway,
  );
  figures.push(benchFigures('GET /v1/applications/:id', read, 'read'));
  const create = await loadTest(
    'POST /v1/applications',
    {
      url: `${url}/v1/applications`,
      method: 'POST',
      headers,
      body: JSON.stringify(applicationBody()),
    },
    CONNECTIONS,
    gateway,
  );
  figures.push(benchFigures('POST /v1/applications', create, 'create'));
} finally {
  await suite.stop();
}
for (const line of floorComparison(figures, await measureFloor(['read', 'create'], DURATION_S, CONNECTIONS))) console.log(line);
