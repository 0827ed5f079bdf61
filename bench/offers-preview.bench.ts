// The HTTP half of `npm run bench:offers`: POST /v1/emi/preview through the gateway and the offer service, then the
// calibration floor's `rpc` route (after the services have stopped) and the ratio to it.
import { TestSuite } from '../test/support/test-suite.js';
import { benchFigures, floorComparison, measureFloor, type BenchFigures } from './support/calibration-floor.js';
import { CONNECTIONS, DURATION_S, loadTest } from './support/http-load.js';

const figures: BenchFigures[] = [];
const suite = await TestSuite.start('benchoffers', [{ service: 'gateway' }, { service: 'offer-service' }], {
  LOG_LEVEL: 'warn',
  THROTTLE_PREVIEW_LIMIT: '100000000',
});
try {
  const body = JSON.stringify({ principal: 500000, annualRatePercent: 13.5, tenureMonths: 36, processingFeePercent: 1.5, gstPercent: 18 });
  const title = 'POST /v1/emi/preview (36-month schedule)';
  const result = await loadTest(
    title,
    {
      url: `${suite.app('gateway').url}/v1/emi/preview`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    },
    CONNECTIONS,
    { name: 'gateway', pid: suite.app('gateway').pid },
  );
  figures.push(benchFigures(title, result, 'rpc'));
} finally {
  await suite.stop();
}
for (const line of floorComparison(figures, await measureFloor(['rpc'], DURATION_S, CONNECTIONS))) console.log(line);
