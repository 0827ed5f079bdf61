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
 * Starts FerretDB detached on 127.0.0.1:`port` with SQLite files in `dataDir`; resolves once it answers ping.
 * The default level is `error` because `warn` dumps every failed command, including the driver's routine endSessions.
 */
export async function startFerret({ port, dataDir, logFile, logLevel = 'error', timeoutMs = 30_000 }) {
  await assertPortFree(port, `FerretDB on port ${port}`);
  const binary = await ferretBinary();
  mkdirSync(dataDir, { recursive: true });
  // FerretDB wants a file: URI naming an existing directory, with a trailing slash.
  const sqliteUrl = `${pathToFileURL(resolve(dataDir)).href}/`;
  const args = ['-listen-addr', `127.0.0.1:${port}`, '-handler', 'sqlite', '-sqlite-url', sqliteUrl, '-log-level', logLevel];
  const proc = spawnDetached(binary, args, { logFile });
  const url = `mongodb://127.0.0.1:${port}`;
  await awaitReady(proc, async () => (await tcpAnswers('127.0.0.1', port)) && mongoAnswers(url), {
    what: `FerretDB on port ${port}`,
    logFile,
    timeoutMs,
  });
  return { pid: proc.pid, url };
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
