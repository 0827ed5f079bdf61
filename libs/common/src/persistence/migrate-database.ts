import { createConnection } from 'mysql2/promise';
import { DataSource, type MigrationInterface } from 'typeorm';
import { mysqlConnectionOptions } from './mysql.module.js';

type MigrationClass = new () => MigrationInterface;
export type MigrationDirection = 'up' | 'down';

const SAFE_DATABASE_NAME = /^[A-Za-z0-9_]{1,64}$/;

/** Creates the database if needed, then applies every pending migration, or reverts them all. */
export async function migrateDatabase(url: string, migrations: MigrationClass[], direction: MigrationDirection) {
  await ensureDatabase(url);
  const dataSource = new DataSource({ ...mysqlConnectionOptions(url), migrations, migrationsTableName: 'migrations' });
  await dataSource.initialize();
  try {
    if (direction === 'up') return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    const executed = (await dataSource.query('SELECT name FROM migrations ORDER BY id DESC')) as { name: string }[];
    for (let i = 0; i < executed.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    return executed.map((row) => row.name);
  } finally {
    await dataSource.destroy();
  }
}

export async function ensureDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const database = parsed.pathname.slice(1);
  if (!SAFE_DATABASE_NAME.test(database)) throw new Error('MYSQL_URL must name a database of letters, digits and _');
  parsed.pathname = '/';
  const connection = await createConnection(parsed.toString());
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await connection.end();
  }
}
