import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MongoClient, type Db } from 'mongodb';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { TestSuite } from '../support/test-suite.js';

const SEEDED = ['AURUM_PRIME', 'SETU_MICROLOANS', 'UDYAM_FINSERV', 'VISTAAR_CREDIT'].map((lender) => `personal-loan:${lender}`);

describe('decision tables', () => {
  let suite: TestSuite;
  let mongo: MongoClient;
  let uwDb: Db;
  let mysql: Connection;

  before(async () => {
    // Two underwriting replicas boot at once: each seeds, the unique index keeps one version 1 per table.
    suite = await TestSuite.start('decision_tables', [
      { service: 'gateway' },
      { service: 'underwriting-service' },
      { service: 'underwriting-service' },
    ]);
    mongo = new MongoClient(suite.infra.mongoUrl);
    uwDb = mongo.db(`${suite.prefix}_underwriting`);
    mysql = await suite.mysql('underwriting-service');
  });
  after(async () => {
    await mysql?.end();
    await mongo?.close();
    await suite?.stop();
  });

  it('seeds version 1 of the four lenders tables once, with one audit row each', async () => {
    const versions = await uwDb
      .collection('decision_tables')
      .find({}, { projection: { _id: 0, tableId: 1, version: 1, publishedBy: 1 } })
      .toArray();
    assert.deepEqual(
      versions.map((v) => [v.tableId, v.version, v.publishedBy]).sort(),
      SEEDED.map((tableId) => [tableId, 1, 'system:seed']),
    );
    const [audit] = await mysql.query<RowDataPacket[]>(
      'SELECT table_id, version, action, actor FROM decision_table_audit_events ORDER BY table_id',
    );
    assert.deepEqual(
      audit.map((row) => [row.table_id, row.version, row.action, row.actor]),
      SEEDED.map((tableId) => [tableId, 1, 'SEEDED', 'system:seed']),
    );
  });
});
