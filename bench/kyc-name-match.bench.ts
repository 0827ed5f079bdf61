// The HTTP half of `npm run bench:kyc`: POST /v1/kyc/name-match through the gateway and kyc-service.
import { TestSuite } from '../test/support/test-suite.js';
import { loadTest } from './support/http-load.js';

const suite = await TestSuite.start('benchkyc', [{ service: 'gateway' }, { service: 'kyc-service' }], {
  LOG_LEVEL: 'warn',
  THROTTLE_AUTH_LIMIT: '100000',
});
try {
  const ops = await suite.users.withRole('ops');
  const body = JSON.stringify({ name1: 'Mohd. Irfan Shaikh', name2: 'Mohammed Irfan Sk' });
  await loadTest('POST /v1/kyc/name-match', {
    url: `${suite.app('gateway').url}/v1/kyc/name-match`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ops.token}` },
    body,
  });
} finally {
  await suite.stop();
}
