import type { FastifyInstance } from 'fastify';

const API_PREFIX = '/v1/';

/**
 * Every API answer may carry tokens or personal data (and the few that do not gain nothing from a cache), so
 * none is kept by a browser or a shared cache: `Cache-Control: no-store` on all of `/v1/`, errors included.
 */
export function forbidCachingOfApiResponses(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith(API_PREFIX)) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
