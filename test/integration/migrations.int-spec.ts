import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createConnection } from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2';
import { migrateScript, servicesScript } from '../support/repo-scripts.js';
import { sharedInfra } from '../support/test-infra.js';

const PREFIX = `t_mig_${process.pid}`;
const SERVICES = ['gateway', 'kyc-service', 'offer-service', 'underwriting-service', 'disbursal-service'];

async function tablesOf(database: string): Promise<string[]> {
  const connection = await createConnection(sharedInfra().mysqlUrl);
  try {
    const [rows] = await connection.query<RowDataPacket[]>(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name',
      [database],
    );
    return rows.map((row) => row.name as string);
  } finally {
    await connection.end();
  }
}

describe('MySQL migrations on MariaDB', () => {
  after(async () => {
    const connection = await createConnection(sharedInfra().mysqlUrl);
    const [rows] = await connection.query<RowDataPacket[]>('SHOW DATABASES LIKE ?', [`${PREFIX}%`]);
    for (const row of rows) await connection.query(`DROP DATABASE \`${Object.values(row)[0]}\``);
    await connection.end();
  });

  for (const name of SERVICES) {
    it(`${name}: up creates its tables, down removes them, up again restores them`, async () => {
      const { serviceByName, databaseUrl } = await servicesScript();
      const { migrateService } = await migrateScript();
      const service = serviceByName(name);
      const url = databaseUrl(sharedInfra().mysqlUrl, PREFIX, service);
      const database = `${PREFIX}_${service.db}`;

      const applied = await migrateService(service, url, 'up');
      assert.ok(applied.length >= 1);
      const tables = await tablesOf(database);
      for (const table of ['inbox_commands', 'migrations', 'outbox_commands', 'processed_events']) assert.ok(tables.includes(table), table);
      assert.deepEqual(await migrateService(service, url, 'up'), [], 'a second run has nothing to do');

      const reverted = await migrateService(service, url, 'down');
      assert.deepEqual([...reverted].reverse(), applied);
      assert.deepEqual(await tablesOf(database), ['migrations']);

      assert.deepEqual(await migrateService(service, url, 'up'), applied);
      assert.deepEqual(await tablesOf(database), tables);
    });
  }
});
