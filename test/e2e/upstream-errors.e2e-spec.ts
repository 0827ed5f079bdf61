import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually } from '../support/eventually.js';
import type { HttpClient } from '../support/http-client.js';
import { TestSuite } from '../support/test-suite.js';

const TIMEOUT_MS = 1_000;

describe('gateway calls to a service that is slow or down', () => {
  let suite: TestSuite;
  let probeId: string;
  let gateway: HttpClient;

  before(async () => {
    suite = await TestSuite.start('upstream', [{ service: 'gateway' }, { service: 'kyc-service' }], {
      RPC_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    gateway = (await suite.users.adminUser()).http;
    probeId = (await gateway.post('/v1/system/probes', {})).body.id;
    await eventually(
      () => gateway.get(`/v1/system/probes/${probeId}`),
      (r) => r.body.status === 'COMPLETED',
    );
  });
  after(() => suite?.stop());

  it('answers from kyc-service while it is up', async () => {
    const response = await gateway.get(`/v1/system/probes/${probeId}/remote`);
    assert.equal(response.status, 200);
    assert.equal(response.body.status, 'DONE');
  });

  it('answers 504 UPSTREAM_TIMEOUT within the timeout when kyc-service hangs', async () => {
    const kyc = suite.app('kyc-service');
    process.kill(kyc.pid, 'SIGSTOP');
    try {
      const response = await gateway.get(`/v1/system/probes/${probeId}/remote`);
      assert.equal(response.status, 504);
      assert.equal(response.body.code, 'UPSTREAM_TIMEOUT');
      assert.ok(response.ms >= TIMEOUT_MS * 0.9 && response.ms < TIMEOUT_MS + 500, `took ${response.ms} ms`);
    } finally {
      process.kill(kyc.pid, 'SIGCONT');
    }
  });

  it('answers 503 UPSTREAM_UNAVAILABLE at once when kyc-service is stopped', async () => {
    await suite.stopApp(suite.app('kyc-service'));
    const response = await gateway.get(`/v1/system/probes/${probeId}/remote`);
    assert.equal(response.status, 503);
    assert.equal(response.body.code, 'UPSTREAM_UNAVAILABLE');
    assert.ok(response.ms < TIMEOUT_MS, `took ${response.ms} ms`);
    assert.deepEqual(Object.keys(response.body).sort(), ['code', 'message', 'requestId', 'statusCode']);
  });
});
