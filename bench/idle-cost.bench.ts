// `npm run bench:idle`: what the LOS services cost while nobody calls them. Starts every service and the sandbox (private
// Redis and databases, like the e2e tests; disbursal-service waits for offer-service at boot), lets them settle, then prints each one's CPU over
// an idle minute (its pollers and sweepers) and its RSS, plus the V8 heap the process reports over its own HTTP
// metrics. Needs `npm run stack`'s servers.
import { setTimeout as sleep } from 'node:timers/promises';
import { TestSuite } from '../test/support/test-suite.js';
import { heapOf } from './support/app-heap.js';
import { cpuSeconds, rssMiB } from './support/process-usage.js';

const SETTLE_S = Number(process.env.BENCH_SETTLE_S ?? 10);
const IDLE_S = Number(process.env.BENCH_DURATION_S ?? 60);
const SERVICES = ['gateway', 'kyc-service', 'offer-service', 'underwriting-service', 'disbursal-service'] as const;

const suite = await TestSuite.start('benchidle', [{ service: 'sandbox' }, ...SERVICES.map((service) => ({ service }))], {
  LOG_LEVEL: 'warn',
});
try {
  await sleep(SETTLE_S * 1_000);
  const apps = SERVICES.map((service) => suite.app(service));
  const before = await Promise.all(apps.map((app) => cpuSeconds(app.pid)));
  await sleep(IDLE_S * 1_000);
  const after = await Promise.all(apps.map((app) => cpuSeconds(app.pid)));
  for (const [i, app] of apps.entries()) {
    const cpuMsPerS = ((after[i] - before[i]) * 1_000) / IDLE_S;
    const heap = await heapOf(app.url);
    console.log(
      `${app.service.padEnd(22)} idle CPU ${cpuMsPerS.toFixed(1).padStart(5)} ms/s   RSS ${(await rssMiB(app.pid)).toFixed(0).padStart(4)} MiB   ${heap}`,
    );
  }
} finally {
  await suite.stop();
}
