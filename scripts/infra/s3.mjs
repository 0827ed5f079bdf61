import { resolve } from 'node:path';
import { awaitReady, spawnDetached } from './detached.mjs';
import { goBinary } from './go-binary.mjs';
import { assertPortFree } from './net.mjs';

/** The local S3 server's one access key (the names are those of the s3rver it replaced, which env defaults still use). */
export const S3RVER_ACCESS_KEY_ID = 'S3RVER';
export const S3RVER_SECRET_ACCESS_KEY = 'S3RVER';

const SOURCE_DIR = resolve(import.meta.dirname, '../../tools/s3server');
const SOURCE_FILES = ['go.mod', 'go.sum', 'main.go', 'post_policy.go', 'cors.go'];

/** Builds tools/s3server (gofakes3 with SigV4 and POST-policy checks) once per source hash into the user cache. */
export function s3Binary({ log = () => {} } = {}) {
  return goBinary({ name: 's3server', sourceDir: SOURCE_DIR, files: SOURCE_FILES, log });
}

/**
 * Starts the local S3 server detached on 127.0.0.1:`port` with `bucket` created. Like S3 it refuses unsigned
 * requests and forms whose signed policy does not hold, and answers CORS for `corsOrigins` only (a bucket
 * CORS rule); unlike S3 it keeps objects in memory only.
 */
export async function startS3({
  port,
  bucket,
  accessKeyId = S3RVER_ACCESS_KEY_ID,
  secretAccessKey = S3RVER_SECRET_ACCESS_KEY,
  corsOrigins = [],
  logFile,
  timeoutMs = 30_000,
}) {
  await assertPortFree(port, `S3 server on port ${port}`);
  const binary = await s3Binary();
  const args = ['-listen-addr', `127.0.0.1:${port}`, '-bucket', bucket, '-access-key', accessKeyId, '-secret-key', secretAccessKey];
  if (corsOrigins.length) args.push('-cors-origins', corsOrigins.join(','));
  const proc = spawnDetached(binary, args, { logFile });
  const endpoint = `http://127.0.0.1:${port}`;
  await awaitReady(proc, () => s3Answers(endpoint), { what: `S3 server on port ${port}`, logFile, timeoutMs });
  return { pid: proc.pid, endpoint };
}

/** True when anything answers HTTP at `endpoint` within 1.5 s (an unsigned request gets its 403). */
export async function s3Answers(endpoint) {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(1500) });
    return true;
  } catch {
    return false;
  }
}
