import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveFetch } from './keep-alive-fetch.js';

describe('keepAliveFetch', () => {
  let server: Server;
  let baseUrl: string;
  const seen: { method?: string; url?: string; headers: Record<string, unknown>; body: string }[] = [];

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body });
        if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2_000).unref();
        if (request.url === '/empty') return void response.writeHead(204).end();
        response.writeHead(201, [
          ['content-type', 'application/json'],
          ['x-signature', 'a'],
          ['retry-after', '3'],
        ]);
        response.end('{"ok":"ünïcode"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  it('sends method, headers and body, and answers status, headers and the whole body as fetch does', async () => {
    const response = await keepAliveFetch(`${baseUrl}/quotes?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
      body: '{"pan":"ÄBC"}',
    });
    assert.deepEqual(
      [response.status, response.ok, response.headers.get('x-signature'), response.headers.get('retry-after')],
      [201, true, 'a', '3'],
    );
    assert.deepEqual(await response.json(), { ok: 'ünïcode' });
    const request = seen.at(-1)!;
    assert.deepEqual(
      [request.method, request.url, request.headers['x-request-id'], request.headers['content-length'], request.body],
      ['POST', '/quotes?x=1', 'r1', String(Buffer.byteLength('{"pan":"ÄBC"}')), '{"pan":"ÄBC"}'],
    );
    const empty = await keepAliveFetch(`${baseUrl}/empty`);
    assert.deepEqual([empty.status, await empty.text()], [204, '']);
  });

  it("rejects with the signal's reason when aborted, and with fetch's TypeError when the host is unreachable", async () => {
    const started = performance.now();
    await assert.rejects(keepAliveFetch(`${baseUrl}/slow`, { signal: AbortSignal.timeout(100) }), { name: 'TimeoutError' });
    assert.ok(performance.now() - started < 1_500);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(keepAliveFetch(`${baseUrl}/slow`, { signal: controller.signal }), { name: 'AbortError' });
    await assert.rejects(keepAliveFetch('http://127.0.0.1:9/'), (error: Error & { cause?: { code?: string } }) => {
      assert.equal(error.name, 'TypeError');
      assert.equal(error.cause?.code, 'ECONNREFUSED');
      return true;
    });
  });
});
