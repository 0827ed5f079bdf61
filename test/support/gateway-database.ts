import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { DURABLE_ENTITIES, mysqlConnectionOptions } from '@los/common';
import { GATEWAY_ENTITIES, GATEWAY_MIGRATIONS } from '../../apps/gateway/src/database/gateway-schema.js';
import { sharedInfra } from './test-infra.js';

/** Runs one statement on the shared MariaDB server, outside any database (CREATE/DROP DATABASE). */
export async function onServer(sql: string): Promise<void> {
  const server = await createConnection(sharedInfra().mysqlUrl);
  try {
    await server.query(sql);
  } finally {
    await server.end();
  }
}

/** A private gateway database on the shared MariaDB, migrated; `drop()` destroys the source and the database. */
export async function migratedGatewayDatabase(name: string): Promise<{ dataSource: DataSource; drop(): Promise<void> }> {
  await onServer(`CREATE DATABASE \`${name}\``);
  const dataSource = new DataSource({
    ...mysqlConnectionOptions(`${sharedInfra().mysqlUrl}/${name}`, { multipleStatements: true }),
    entities: [...DURABLE_ENTITIES, ...GATEWAY_ENTITIES],
    migrations: GATEWAY_MIGRATIONS,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await onServer(`DROP DATABASE IF EXISTS \`${name}\``);
    },
  };
}
