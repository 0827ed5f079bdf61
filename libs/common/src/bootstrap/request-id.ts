import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE_REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Reuses a caller's X-Request-Id when it is safe to log, otherwise mints one. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id; // pino-http reads it from the raw request
  return id;
}
