import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RowDataPacket } from 'mysql2';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '../support/eventually.js';
import type { HttpClient } from '../support/http-client.js';
import { TestSuite } from '../support/test-suite.js';

/** Redis keeps nothing on disk here: a restart loses every job and message that was in flight. */
describe('durability across a Redis restart (SHUTDOWN NOSAVE)', () => {
  let suite: TestSuite;
  let gateway: HttpClient;

  before(async () => {
    suite = await TestSuite.start('redisloss', [{ service: 'gateway' }, { service: 'kyc-service' }], {
      SWEEP_INTERVAL_MS: '300',
      COMMAND_DEADLINE_MS: '2000',
    });
    gateway = (await suite.users.adminUser()).http;
  });
  after(() => suite?.stop());

  const completed = (id: string) =>
    eventually(
      () => gateway.get(`/v1/system/probes/${id}`),
      (r) => r.body.status === 'COMPLETED',
      { timeoutMs: 45_000, what: `probe ${id} to complete` },
    );

  it('completes a probe whose job was running when Redis lost everything, without restarting a service', async () => {
    const created = await gateway.post('/v1/system/probes', { workMs: 1_500 });
    assert.equal(created.status, 202);
    const kyc = await suite.mysql('kyc-service');
    try {
      await eventually(
        async () => (await kyc.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM inbox_commands'))[0][0].n,
        (n) => Number(n) === 1,
        { what: 'kyc-service to record the command' },
      );
    } finally {
      await kyc.end();
    }
    suite.redis.shutdownNoSave();
    await sleep(300);
    await suite.redis.restart();
    const done = await completed(created.body.id);
    assert.equal(done.body.appliedCount, 1);
  });

  it('acknowledges a probe while Redis is down and completes it once Redis is back', async () => {
    suite.redis.shutdownNoSave();
    const created = await gateway.post('/v1/system/probes', {});
    assert.equal(created.status, 202, JSON.stringify(created.body));
    await sleep(500);
    await suite.redis.restart();
    const done = await completed(created.body.id);
    assert.equal(done.body.appliedCount, 1);
  });
});
