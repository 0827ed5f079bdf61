import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { awaitReady, spawnDetached } from './detached.mjs';
import { assertPortFree } from './net.mjs';

/** s3rver accepts only these fixed credentials. */
export const S3RVER_ACCESS_KEY_ID = 'S3RVER';
export const S3RVER_SECRET_ACCESS_KEY = 'S3RVER';

const MAIN = resolve(import.meta.dirname, 's3rver-main.mjs');

/** Starts s3rver detached on 127.0.0.1:`port`, storing objects in `dir`, with `bucket` created. */
export async function startS3({ port, dir, bucket, logFile, timeoutMs = 30_000 }) {
  await assertPortFree(port, `s3rver on port ${port}`);
  mkdirSync(dir, { recursive: true });
  const args = [MAIN, '--port', String(port), '--dir', resolve(dir), '--bucket', bucket];
  const proc = spawnDetached(process.execPath, args, { logFile });
  const endpoint = `http://127.0.0.1:${port}`;
  await awaitReady(proc, () => s3Answers(endpoint), { what: `s3rver on port ${port}`, logFile, timeoutMs });
  return { pid: proc.pid, endpoint };
}

/** True when anything answers HTTP at `endpoint` within 1.5 s (s3rver replies even without auth). */
export async function s3Answers(endpoint) {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(1500) });
    return true;
  } catch {
    return false;
  }
}
