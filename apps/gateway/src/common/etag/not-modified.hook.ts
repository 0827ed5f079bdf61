import type { FastifyInstance } from 'fastify';
import { ifNoneMatchHits } from './etag.js';

/** A successful GET whose ETag the client already holds becomes a 304 without a body. */
export function answerNotModified(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    const etag = reply.getHeader('etag');
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof etag !== 'string') return payload;
    if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return payload;
    void reply.code(304).removeHeader('content-length').removeHeader('content-type');
    return null;
  });
}
