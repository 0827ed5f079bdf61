import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { sendLocationOfCreated } from './location-header.js';

async function server() {
  const fastify = new FastifyAdapter().getInstance();
  sendLocationOfCreated(fastify);
  fastify.post('/v1/applications', async (request, reply) => {
    const { status, answer } = request.body as { status: number; answer?: object };
    return reply.status(status).send(answer ?? { id: 'a1' });
  });
  fastify.post('/v1/users', async (_request, reply) => reply.status(201).send({ id: 'u1' }));
  await fastify.ready();
  return fastify;
}

describe('Location of a created resource', () => {
  it('points a 201 of POST /v1/applications at the new application', async () => {
    const fastify = await server();
    const created = await fastify.inject({ method: 'POST', url: '/v1/applications', payload: { status: 201 } });
    assert.equal(created.headers.location, '/v1/applications/a1');
    await fastify.close();
  });

  it('reads the id wherever it sits in the answer, escapes included', async () => {
    const fastify = await server();
    const answer = { applicant: { id: 'not-this' }, id: 'a"2' };
    const created = await fastify.inject({ method: 'POST', url: '/v1/applications', payload: { status: 201, answer } });
    assert.equal(created.headers.location, '/v1/applications/a"2');
    await fastify.close();
  });

  it('says nothing on other statuses or on routes without a readable resource', async () => {
    const fastify = await server();
    const replayedError = await fastify.inject({ method: 'POST', url: '/v1/applications', payload: { status: 409 } });
    const user = await fastify.inject({ method: 'POST', url: '/v1/users', payload: {} });
    assert.deepEqual([replayedError.headers.location, user.headers.location], [undefined, undefined]);
    await fastify.close();
  });
});
