// The HTTP half of `npm run bench:kyc`: POST /v1/kyc/name-match through the gateway and kyc-service, then the
// calibration floor's `rpc` route (after the services have stopped) and the ratio to it.
import { TestSuite } from '../test/support/test-suite.js';
import { benchFigures, floorComparison, measureFloor, type BenchFigures } from './support/calibration-floor.js';
import { CONNECTIONS, DURATION_S, loadTest } from './support/http-load.js';

const figures: BenchFigures[] = [];
const suite = await TestSuite.start('benchkyc', [{ service: 'gateway' }, { service: 'kyc-service' }], {
  LOG_LEVEL: 'warn',
  THROTTLE_AUTH_LIMIT: '100000',
});
try {
  const ops = await suite.users.withRole('ops');
  const body = JSON.stringify({ name1: 'Mohd. Irfan Shaikh', name2: 'Mohammed Irfan Sk' });
  const result = await loadTest(
    'POST /v1/kyc/name-match',
    {
      url: `${suite.app('gateway').url}/v1/kyc/name-match`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ops.token}` },
      body,
    },
    CONNECTIONS,
    { name: 'gateway', pid: suite.app('gateway').pid },
  );
  figures.push(benchFigures('POST /v1/kyc/name-match', result, 'rpc'));
} finally {
  await suite.stop();
}
for (const line of floorComparison(figures, await measureFloor(['rpc'], DURATION_S, CONNECTIONS))) console.log(line);
