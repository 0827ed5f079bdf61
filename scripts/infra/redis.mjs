import { createConnection } from 'node:net';
import { awaitReady, spawnDetached } from './detached.mjs';
import { assertPortFree } from './net.mjs';

/** Starts a throwaway redis-server (no persistence) detached on 127.0.0.1:`port`. */
export async function startRedis({ port, logFile, timeoutMs = 30_000 }) {
  await assertPortFree(port, `redis-server on port ${port}`);
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const proc = spawnDetached('redis-server', args, { logFile });
  const url = `redis://127.0.0.1:${port}`;
  await awaitReady(proc, () => redisAnswers(url), { what: `redis-server on port ${port}`, logFile, timeoutMs });
  return { pid: proc.pid, url };
}

/** True when the Redis at `url` replies +PONG to PING within `timeoutMs`. */
export function redisAnswers(url, timeoutMs = 1500) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) || 6379 });
    let reply = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}
