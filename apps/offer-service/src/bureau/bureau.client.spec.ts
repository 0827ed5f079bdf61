import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppException } from '@los/common';
import { BureauClient } from './bureau.client.js';

describe('BureauClient', () => {
  let server: Server;
  let baseUrl: string;
  const received: unknown[] = [];

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        const { pan } = JSON.parse(body) as { pan: string };
        received.push({ method: request.method, url: request.url, pan });
        if (pan === 'SLOWP0000A') return void setTimeout(() => response.end('{}'), 2_000).unref();
        if (pan === 'FAILP0000A') return void response.writeHead(500).end('{"message":"boom"}');
        const score = pan === 'ODDPP0000A' ? 1_000 : 742;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ pan: 'XXXXXX0000A', score }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  const client = (timeoutMs = 500) => new BureauClient({ SANDBOX_URL: baseUrl, OUTBOUND_TIMEOUT_MS: timeoutMs });
  const unavailable = (error: unknown) =>
    error instanceof AppException && error.code === 'UPSTREAM_UNAVAILABLE' && error.statusCode === 503;

  it('posts the PAN to /v1/bureau/score and returns the score', async () => {
    assert.equal(await client().scoreOf('ABCPE1234F'), 742);
    assert.deepEqual(received.at(-1), { method: 'POST', url: '/v1/bureau/score', pan: 'ABCPE1234F' });
  });

  it('answers UPSTREAM_UNAVAILABLE for an error status, a bad score, a timeout and a closed port', async () => {
    await assert.rejects(client().scoreOf('FAILP0000A'), unavailable);
    await assert.rejects(client().scoreOf('ODDPP0000A'), unavailable);
    const started = performance.now();
    await assert.rejects(client(100).scoreOf('SLOWP0000A'), unavailable);
    assert.ok(performance.now() - started < 1_500, 'gives up at the timeout');
    const closed = new BureauClient({ SANDBOX_URL: 'http://127.0.0.1:9', OUTBOUND_TIMEOUT_MS: 500 });
    await assert.rejects(closed.scoreOf('ABCPE1234F'), unavailable);
  });
});
