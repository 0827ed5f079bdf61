import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { sendSecurityHeaders } from './security-headers.js';

const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], scriptSrc: ["'self'", "'unsafe-inline'"] } },
};

async function server(install: (fastify: FastifyInstance) => void) {
  const fastify = new FastifyAdapter().getInstance();
  install(fastify);
  fastify.get('/v1/thing', async () => ({ ok: true }));
  await fastify.ready();
  return fastify;
}

const withoutDate = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'));

describe('Security headers', () => {
  it('are the ones helmet sets when it runs on each request, on answers and on 404s alike', async () => {
    const recorded = await server((fastify) => sendSecurityHeaders(fastify, OPTIONS));
    const perRequest = await server((fastify) =>
      fastify.addHook('onRequest', (request, reply, done) =>
        helmet(OPTIONS)(request.raw, reply.raw, (error) => done(error as Error | undefined)),
      ),
    );
    for (const url of ['/v1/thing', '/nowhere']) {
      const [ours, helmets] = await Promise.all([recorded.inject({ url }), perRequest.inject({ url })]);
      assert.deepEqual(withoutDate(ours.headers), withoutDate(helmets.headers));
      assert.equal(ours.headers['content-security-policy'], helmets.headers['content-security-policy']);
      assert.equal(ours.headers['x-content-type-options'], 'nosniff');
    }
    await Promise.all([recorded.close(), perRequest.close()]);
  });
});
