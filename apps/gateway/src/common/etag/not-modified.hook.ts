import type { FastifyInstance } from 'fastify';
import { ETAG_ROUTE_CONFIG } from './api-etag.decorator.js';
import { etagOf, ifNoneMatchHits } from './etag.js';

/**
 * Tags the successful bodies of `@ETagged()` routes as serialised for sending (hashing them anywhere else would
 * serialise them twice), with `Vary: Authorization` since the view depends on who asks; a successful GET whose ETag the
 * client already holds becomes a 304 without a body.
 */
export function answerNotModified(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const tagged = (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[ETAG_ROUTE_CONFIG] === true;
    if (tagged && reply.statusCode === 200 && typeof payload === 'string') {
      void reply.header('ETag', etagOf(payload)).header('Vary', 'Authorization');
    }
    const etag = reply.getHeader('etag');
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof etag !== 'string') return done(null, payload);
    if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return done(null, payload);
    void reply.code(304).removeHeader('content-length').removeHeader('content-type');
    done(null, null);
  });
}
