// The HTTP half of `npm run bench:offers`: POST /v1/emi/preview through the gateway and the offer service.
import { TestSuite } from '../test/support/test-suite.js';
import { loadTest } from './support/http-load.js';

const suite = await TestSuite.start('benchoffers', [{ service: 'gateway' }, { service: 'offer-service' }], {
  LOG_LEVEL: 'warn',
  THROTTLE_PREVIEW_LIMIT: '100000000',
});
try {
  const body = JSON.stringify({ principal: 500000, annualRatePercent: 13.5, tenureMonths: 36, processingFeePercent: 1.5, gstPercent: 18 });
  await loadTest('POST /v1/emi/preview (36-month schedule)', {
    url: `${suite.app('gateway').url}/v1/emi/preview`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
} finally {
  await suite.stop();
}
