import { createConnection, createServer } from 'node:net';

/** True when something accepts a TCP connection on host:port within `timeoutMs`. */
export function tcpAnswers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A port the OS considers free right now on 127.0.0.1 (it may be taken again before use). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Throws when something already listens on 127.0.0.1:`port`, which would otherwise pass a readiness probe. */
export async function assertPortFree(port, what) {
  if (await tcpAnswers('127.0.0.1', port)) throw new Error(`Cannot start ${what}: port ${port} is already in use`);
}
