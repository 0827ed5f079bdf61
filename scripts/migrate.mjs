// `node scripts/migrate.mjs up|down [service ...]` applies (or reverts) each service's MySQL migrations.
// In containers: MIGRATE_SERVICE + MYSQL_URL name one service and its database; the gateway's also needs
// WEBHOOK_SECRET_KEYS and WEBHOOK_SECRET_ACTIVE_KEY when it has webhook secrets to seal.
// Locally: MYSQL_URL is the server (default mysql://root@127.0.0.1:3306) and MIGRATE_PREFIX the database prefix;
// the webhook secret keys default to the development ones the local stack's gateway uses.
import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { DEV_WEBHOOK_SECRET_KEYS, SERVICES, databaseUrl, serviceByName } from './lib/services.mjs';

const root = resolve(import.meta.dirname, '..');

export async function migrateService(service, url, direction) {
  const { migrateDatabase } = await import(pathToFileURL(`${root}/dist/libs/common/src/index.js`).href);
  const [file, exportName] = service.schema;
  const schema = await import(pathToFileURL(`${root}/dist/apps/${service.name}/src/database/${file}`).href);
  return migrateDatabase(url, schema[exportName], direction);
}

async function main() {
  const [direction = 'up', ...names] = process.argv.slice(2);
  if (!['up', 'down'].includes(direction)) throw new Error('usage: migrate.mjs up|down [service ...]');
  const single = process.env.MIGRATE_SERVICE;
  const targets = single ? [serviceByName(single)] : names.length ? names.map(serviceByName) : SERVICES;
  if (!single) for (const [name, value] of Object.entries(DEV_WEBHOOK_SECRET_KEYS)) process.env[name] ??= value;
  for (const service of targets.filter((s) => s.schema)) {
    const url = single
      ? process.env.MYSQL_URL
      : databaseUrl(process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306', process.env.MIGRATE_PREFIX ?? 'los', service);
    const applied = await migrateService(service, url, direction);
    console.log(`${service.name}: ${direction} ${applied.length ? applied.join(', ') : 'nothing to do'}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`migrate failed: ${error.message}`);
    process.exit(1);
  });
}
