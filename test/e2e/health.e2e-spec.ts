import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { eventually } from '../support/eventually.js';
import { ferretScript, netScript } from '../support/repo-scripts.js';
import { TEST_STATE_DIR } from '../support/test-infra.js';
import { TestSuite } from '../support/test-suite.js';

describe('health endpoints', () => {
  let suite: TestSuite;
  let ferretPid: number;

  before(async () => {
    // kyc-service gets a Mongo-compatible server of its own, so the test can stop it.
    const port = await (await netScript()).freePort();
    const ferret = await (
      await ferretScript()
    ).startFerret({
      port,
      dataDir: join(TEST_STATE_DIR, `ferret-${port}`),
      logFile: join(TEST_STATE_DIR, 'logs', `ferret-${port}.log`),
    });
    ferretPid = ferret.pid;
    suite = await TestSuite.start('health', [
      { service: 'kyc-service', env: { MONGO_URL: `${ferret.url}/health_kyc` } },
      { service: 'sandbox' },
    ]);
  });
  after(async () => {
    try {
      process.kill(ferretPid, 'SIGKILL');
    } catch {
      /* gone */
    }
    await suite?.stop();
  });

  const ready = () => suite.app('kyc-service').http.get('/health/ready');

  it('reports every dependency up, and liveness and metrics answer', async () => {
    const response = await ready();
    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(response.body.details).sort(), ['mongo', 'mysql', 'redis']);
    assert.equal((await suite.app('kyc-service').http.get('/health/live')).status, 200);
    const metrics = await suite.app('kyc-service').http.get('/metrics');
    assert.match(metrics.body as string, /los_process_cpu_user_seconds_total\{service="kyc-service"\}/);
    assert.deepEqual((await suite.app('sandbox').http.get('/health/ready')).body.details, {});
  });

  it('reports a stopped Redis as down, then up again after it restarts', async () => {
    suite.redis.shutdownNoSave();
    const down = await eventually(ready, (r) => r.status === 503, { what: 'readiness to fail' });
    assert.equal(down.body.error.redis.status, 'down');
    assert.equal(down.body.details.mysql.status, 'up');
    await suite.redis.restart();
    await eventually(ready, (r) => r.status === 200, { what: 'readiness to recover' });
  });

  it('reports a stopped Mongo-compatible server as down', async () => {
    process.kill(ferretPid, 'SIGKILL');
    const down = await eventually(ready, (r) => r.status === 503, { what: 'readiness to fail' });
    assert.equal(down.body.error.mongo.status, 'down');
    assert.equal((await suite.app('kyc-service').http.get('/health/live')).status, 200);
  });
});
