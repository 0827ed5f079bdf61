// `npm run bench`: GET /v1/applications/:id and POST /v1/applications through the gateway at 32 connections.
// Starts its own gateway (and private Redis and databases) like the e2e tests, so it needs `npm run stack`'s servers.
import autocannon from 'autocannon';
import { applicationBody } from '../test/support/gateway-users.js';
import { TestSuite } from '../test/support/test-suite.js';

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);

async function run(title: string, options: autocannon.Options) {
  await autocannon({ ...options, connections: CONNECTIONS, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION_S });
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(`${title.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-2xx/errors ${failures}`);
}

const suite = await TestSuite.start('bench', [{ service: 'gateway' }], { LOG_LEVEL: 'warn', THROTTLE_AUTH_LIMIT: '100000' });
try {
  const user = await suite.users.applicant('bench');
  const headers = { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' };
  const created = await user.http.post('/v1/applications', applicationBody());
  const url = suite.app('gateway').url;
  console.log(`gateway bench: ${CONNECTIONS} connections, ${DURATION_S} s each, one gateway process on ${process.env.HOSTNAME ?? 'this machine'}`);
  await run('GET /v1/applications/:id', { url: `${url}/v1/applications/${created.body.id}`, headers });
  await run('POST /v1/applications', { url: `${url}/v1/applications`, method: 'POST', headers, body: JSON.stringify(applicationBody()) });
} finally {
  await suite.stop();
}
