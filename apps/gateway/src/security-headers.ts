import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { ServerResponse } from 'node:http';

/**
 * Helmet's headers on every response. They depend on the options alone, so helmet runs once, on a response that
 * records them, and each request gets the recorded list (building helmet per request cost ~3 % of a request).
 */
export function sendSecurityHeaders(fastify: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeadersFor(options);
  fastify.addHook('onRequest', (_request, reply, done) => {
    // Set on the raw response, as helmet does, so streamed answers (SSE) carry them too.
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}

export function securityHeadersFor(options: HelmetOptions): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    removeHeader: () => undefined,
  } as unknown as ServerResponse;
  helmet(options)(undefined as never, recorder, (error) => {
    if (error) throw error;
  });
  return headers;
}
