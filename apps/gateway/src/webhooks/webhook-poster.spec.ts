import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { GatewayConfig } from '@los/common';
import { WebhookPoster } from './webhook-poster.js';

const configOf = (allowPrivate: boolean) =>
  ({ WEBHOOK_ALLOW_PRIVATE_URLS: allowPrivate, WEBHOOK_TIMEOUT_MS: 2_000 }) as unknown as GatewayConfig;

describe('WebhookPoster', () => {
  let server: Server;
  let url = '';
  const bodies: string[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  });
  after(() => server.close());

  it('refuses a loopback address at connection time without the flag, sending nothing', async () => {
    const outcome = await new WebhookPoster(configOf(false)).post(url, '{"a":1}', {});
    assert.deepEqual(outcome, { statusCode: null, error: 'address refused (private or reserved)' });
    assert.deepEqual(bodies, []);
  });

  it('posts the exact body and answers the status with the flag', async () => {
    const outcome = await new WebhookPoster(configOf(true)).post(url, '{"a":1}', { 'LOS-Signature': 't=1,v1=00' });
    assert.deepEqual([outcome, bodies], [{ statusCode: 204, error: null }, ['{"a":1}']]);
  });
});
