import type { FastifyInstance, FastifyReply } from 'fastify';
import { etagOf, ifNoneMatchHits } from './etag.js';

const tagged = new WeakSet<FastifyReply>();

/** Marks a reply whose successful body gets an ETag (and `Vary: Authorization`) when it is sent. */
export function tagWhenSent(reply: FastifyReply): void {
  tagged.add(reply);
}

/** Tags the marked replies' bodies; a successful GET whose ETag the client already holds becomes a 304 without a body. */
export function answerNotModified(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (tagged.has(reply) && reply.statusCode === 200 && typeof payload === 'string') {
      void reply.header('ETag', etagOf(payload)).header('Vary', 'Authorization');
    }
    const etag = reply.getHeader('etag');
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof etag !== 'string') return done(null, payload);
    if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return done(null, payload);
    void reply.code(304).removeHeader('content-length').removeHeader('content-type');
    done(null, null);
  });
}
