import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MongoClient } from 'mongodb';
import { awaitReady, spawnDetached } from './detached.mjs';
import { goBinary } from './go-binary.mjs';
import { assertPortFree, tcpAnswers } from './net.mjs';
import { within } from './wait.mjs';

const SOURCE_DIR = resolve(import.meta.dirname, '../../tools/ferretdb');
const SOURCE_FILES = ['go.mod', 'go.sum', 'main.go'];

/** Builds tools/ferretdb once per source hash into the user cache; returns the binary path. */
export function ferretBinary({ log = () => {} } = {}) {
  return goBinary({ name: 'ferretdb', sourceDir: SOURCE_DIR, files: SOURCE_FILES, log, note: ' (first build takes a few minutes)' });
}

/**
 * Starts FerretDB detached on 127.0.0.1:`port`; resolves once it answers ping. Its backend is the machine's PostgreSQL
 * when one answers (`FERRETDB_BACKEND=sqlite` forces SQLite files in `dataDir`): FerretDB's SQLite backend filters
 * every query in Go over the whole collection, about 25 ms of CPU per indexed lookup in a 1,000-document collection
 * against about 1 ms on PostgreSQL, which pushes the filter down. Either way the data belongs to `dataDir`: the
 * PostgreSQL database is named after it, so a restart keeps it and another checkout gets its own.
 * The default level is `error` because `warn` dumps every failed command, including the driver's routine endSessions.
 */
export async function startFerret({ port, dataDir, logFile, logLevel = 'error', timeoutMs = 30_000, env = process.env }) {
  await assertPortFree(port, `FerretDB on port ${port}`);
  const binary = await ferretBinary();
  mkdirSync(dataDir, { recursive: true });
  const args = ['-listen-addr', `127.0.0.1:${port}`, ...backendArgs(resolve(dataDir), env), '-log-level', logLevel];
  const proc = spawnDetached(binary, args, { logFile });
  const url = `mongodb://127.0.0.1:${port}`;
  await awaitReady(proc, async () => (await tcpAnswers('127.0.0.1', port)) && mongoAnswers(url), {
    what: `FerretDB on port ${port}`,
    logFile,
    timeoutMs,
  });
  return { pid: proc.pid, url };
}

function backendArgs(dataDir, env) {
  const pgUrl = env.FERRETDB_POSTGRESQL_URL ?? 'postgres://postgres@127.0.0.1:5432';
  if (env.FERRETDB_BACKEND !== 'sqlite') {
    const database = `ferretdb_${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`;
    if (ensurePostgresDatabase(pgUrl, database)) return ['-handler', 'postgresql', '-postgresql-url', `${pgUrl}/${database}`];
    if (env.FERRETDB_BACKEND === 'postgresql') throw new Error(`FERRETDB_BACKEND=postgresql but no PostgreSQL answers psql`);
  }
  // FerretDB wants a file: URI naming an existing directory, with a trailing slash.
  return ['-handler', 'sqlite', '-sqlite-url', `${pathToFileURL(dataDir).href}/`];
}

/** Creates `database` unless it exists; false when psql is missing or the server does not answer. */
function ensurePostgresDatabase(serverUrl, database) {
  const psql = (sql) => spawnSync('psql', [`${serverUrl}/postgres`, '-tAqc', sql], { encoding: 'utf8', timeout: 10_000 });
  const found = psql(`SELECT 1 FROM pg_database WHERE datname = '${database}'`);
  if (found.status !== 0) return false;
  if (found.stdout.trim() === '1') return true;
  return psql(`CREATE DATABASE ${database}`).status === 0;
}

/** True when a Mongo-compatible server at `url` answers ping within about 1.5 s. */
export async function mongoAnswers(url) {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1500, connectTimeoutMS: 1500, directConnection: true });
  const ping = client
    .db('admin')
    .command({ ping: 1 })
    .then(
      (r) => r.ok === 1,
      () => false,
    );
  try {
    return await within(1600, ping, false);
  } finally {
    client.close().catch(() => {});
  }
}
