import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postJson, postToProvider, ProviderUnreachableError } from './provider-post.js';

describe('postJson and postToProvider', () => {
  let server: Server;
  let url: (path: string) => string;
  const received: unknown[] = [];

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ method: request.method, type: request.headers['content-type'], body: JSON.parse(body) });
        if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 2_000).unref();
        if (request.url === '/busy') return void response.writeHead(503, { 'retry-after': '7' }).end('{"code":"BUSY"}');
        if (request.url === '/garbled') return void response.writeHead(200).end('<html>');
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"score":742}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = (path) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  it('posts the payload as JSON and answers any status with its parsed body and headers', async () => {
    const ok = await postJson(url('/ok'), { pan: 'ABCPE1234F' }, 500);
    assert.deepEqual([ok.status, ok.ok, ok.body], [200, true, { score: 742 }]);
    assert.deepEqual(received.at(-1), { method: 'POST', type: 'application/json', body: { pan: 'ABCPE1234F' } });
    const busy = await postJson(url('/busy'), {}, 500);
    assert.deepEqual([busy.status, busy.ok, busy.body, busy.headers.get('retry-after')], [503, false, { code: 'BUSY' }, '7']);
    assert.equal((await postJson(url('/garbled'), {}, 500)).body, null);
  });

  it('rejects with ProviderUnreachableError at the deadline and for a closed port', async () => {
    const started = performance.now();
    await assert.rejects(postJson(url('/slow'), {}, 100), (error) => error instanceof ProviderUnreachableError && error.timedOut);
    assert.ok(performance.now() - started < 1_500, 'gives up at the deadline');
    await assert.rejects(
      postJson('http://127.0.0.1:9/', {}, 500),
      (error) => error instanceof ProviderUnreachableError && !error.timedOut && error.detail.length > 0,
    );
  });

  it('postToProvider words each failure for a log line, never the payload', async () => {
    assert.deepEqual(await postToProvider(url('/ok'), { pan: 'ABCPE1234F' }, 500), { ok: true, body: { score: 742 } });
    assert.deepEqual(await postToProvider(url('/busy'), { pan: 'ABCPE1234F' }, 500), { ok: false, failure: 'HTTP 503' });
    assert.deepEqual(await postToProvider(url('/slow'), { pan: 'ABCPE1234F' }, 100), { ok: false, failure: 'no answer within 100 ms' });
    const closed = await postToProvider('http://127.0.0.1:9/', { pan: 'ABCPE1234F' }, 500);
    assert.ok(!closed.ok && closed.failure.length > 0 && !closed.failure.includes('ABCPE1234F'), JSON.stringify(closed));
  });
});
