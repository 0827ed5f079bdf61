import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MongoClient } from 'mongodb';
import type { RowDataPacket } from 'mysql2';
import { eventually } from '../support/eventually.js';
import type { HttpClient } from '../support/http-client.js';
import { TestSuite } from '../support/test-suite.js';

const PROBES = 20;

describe('durable command path: gateway → kyc-service → gateway', () => {
  let suite: TestSuite;
  let gateway: HttpClient;

  before(async () => {
    suite = await TestSuite.start('roundtrip', [{ service: 'gateway' }, { service: 'kyc-service' }, { service: 'kyc-service' }], {
      SWEEP_INTERVAL_MS: '300',
      COMMAND_DEADLINE_MS: '1500',
    });
    gateway = (await suite.users.adminUser()).http;
  });
  after(() => suite?.stop());

  const probe = (id: string) => gateway.get(`/v1/system/probes/${id}`);
  const completed = (id: string) =>
    eventually(
      () => probe(id),
      (r) => r.body.status === 'COMPLETED',
      { what: `probe ${id} to complete` },
    );

  it('applies every probe exactly once while two kyc-service replicas receive every message', async () => {
    const created = await Promise.all(Array.from({ length: PROBES }, () => gateway.post('/v1/system/probes', { workMs: 20 })));
    for (const response of created) assert.equal(response.status, 202, JSON.stringify(response.body));

    const done = await Promise.all(created.map((response) => completed(response.body.id)));
    for (const response of done) assert.equal(response.body.appliedCount, 1);

    const kyc = await suite.mysql('kyc-service');
    const gatewayDb = await suite.mysql('gateway');
    try {
      const [inbox] = await kyc.query<RowDataPacket[]>("SELECT COUNT(*) AS n, SUM(status = 'DONE') AS done FROM inbox_commands");
      assert.deepEqual([Number(inbox[0].n), Number(inbox[0].done)], [PROBES, PROBES]);
      const [events] = await gatewayDb.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM processed_events');
      assert.equal(Number(events[0].n), PROBES);
      const [outbox] = await gatewayDb.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM outbox_commands WHERE status = 'COMPLETED'");
      assert.equal(Number(outbox[0].n), PROBES);
    } finally {
      await kyc.end();
      await gatewayDb.end();
    }
  });

  it('answers a re-sent command from its stored result without running it again', async () => {
    const created = await gateway.post('/v1/system/probes', {});
    await completed(created.body.id);
    const db = await suite.mysql('gateway');
    const mongo = new MongoClient(suite.infra.mongoUrl);
    try {
      const [rows] = await db.query<RowDataPacket[]>('SELECT command_id FROM probes WHERE id = ?', [created.body.id]);
      const commandId = rows[0].command_id as string;
      // As if the result had been lost: the sweeper finds the command overdue and sends it again.
      await db.query("UPDATE outbox_commands SET status = 'DELIVERED', due_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?", [commandId]);
      await eventually(
        async () => (await db.query<RowDataPacket[]>('SELECT status, attempts FROM outbox_commands WHERE id = ?', [commandId]))[0][0],
        (row) => row.status === 'COMPLETED' && row.attempts >= 1,
        { what: 'the re-sent command to complete again' },
      );
      assert.equal((await probe(created.body.id)).body.appliedCount, 1);
      const runs = await mongo.db(`${suite.prefix}_kyc`).collection('probe_runs').countDocuments({ commandId });
      assert.equal(runs, 1, 'kyc-service must not execute a finished command again');
    } finally {
      await db.end();
      await mongo.close();
    }
  });
});
