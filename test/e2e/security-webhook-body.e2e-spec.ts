import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RowDataPacket } from 'mysql2/promise';
import { residentBytes, sendRaw } from '../support/raw-http.js';
import { TestSuite } from '../support/test-suite.js';

const WEBHOOK = '/v1/partners/AURUM_PRIME/webhooks';
const MB = 1024 * 1024;
const STREAMED_BYTES = 100 * MB;
const MAX_RSS_GROWTH = 30 * MB;

describe('security: the webhook body limit holds while reading (finding 3)', () => {
  let suite: TestSuite;
  let gatewayUrl: string;

  before(async () => {
    suite = await TestSuite.start('secwebhook', [{ service: 'gateway' }]);
    gatewayUrl = suite.app('gateway').url;
  });
  after(() => suite?.stop());

  it('answers 413 to a chunked 100 MB body long before it is sent, without the gateway keeping it in memory', async (t) => {
    // A signed-looking small body reaches the route (refused for its signature, not its size): the code paths are warm.
    const small = await sendRaw(gatewayUrl, { path: WEBHOOK, body: Buffer.from('{"event":"status"}') });
    assert.notEqual(small.status, 413, small.text);
    const before = await residentBytes(suite.app('gateway').pid);

    const result = await sendRaw(gatewayUrl, { path: WEBHOOK, body: { chunk: Buffer.alloc(64 * 1024, 0x61), totalBytes: STREAMED_BYTES } });
    assert.equal(result.status, 413, result.text);
    assert.equal(JSON.parse(result.text).code, 'PAYLOAD_TOO_LARGE');
    assert.ok(result.bytesSent < 20 * MB, `answered after ${(result.bytesSent / MB).toFixed(1)} MB of 100 MB`);

    const grown = (await residentBytes(suite.app('gateway').pid)) - before;
    t.diagnostic(
      `413 after ${(result.bytesSent / MB).toFixed(1)} MB sent, in ${result.ms.toFixed(0)} ms; RSS +${(grown / MB).toFixed(1)} MB`,
    );
    assert.ok(grown < MAX_RSS_GROWTH, `gateway RSS grew by ${(grown / MB).toFixed(1)} MB`);
    assert.equal((await suite.app('gateway').http.get('/health/live')).status, 200);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    // Declares 100 MB but sends only the first chunk: the answer cannot have waited for the rest.
    const result = await sendRaw(gatewayUrl, {
      path: WEBHOOK,
      headers: { 'content-length': String(STREAMED_BYTES) },
      body: { chunk: Buffer.alloc(64 * 1024, 0x61), totalBytes: 64 * 1024 },
    });
    assert.deepEqual([result.status, JSON.parse(result.text).code], [413, 'PAYLOAD_TOO_LARGE']);
  });

  it('still reads a body within the limit whole and sends it on', async () => {
    const body = Buffer.from(JSON.stringify({ event: 'status', pad: 'x'.repeat(200_000) }));
    const result = await sendRaw(gatewayUrl, { path: WEBHOOK, body });
    // No offer service runs in this suite, so nothing can check the signature now: the gateway keeps the whole body for later.
    assert.deepEqual([result.status, JSON.parse(result.text)], [202, { received: true, verification: 'PENDING' }], result.text);
    const db = await suite.mysql('gateway');
    try {
      const [[kept]] = await db.query<RowDataPacket[]>(
        'SELECT raw_body, status FROM partner_webhook_deliveries WHERE LENGTH(raw_body) = ?',
        [body.length],
      );
      assert.equal(kept!.status, 'PENDING');
      assert.ok(Buffer.from(kept!.raw_body).equals(body), 'kept byte for byte');
    } finally {
      await db.end();
    }
  });
});
