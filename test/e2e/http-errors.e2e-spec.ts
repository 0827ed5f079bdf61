import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HttpClient } from '../support/http-client.js';
import { TestSuite } from '../support/test-suite.js';

const ERROR_KEYS = ['code', 'message', 'requestId', 'statusCode'];

describe('one error shape for every HTTP error', () => {
  let suite: TestSuite;

  before(async () => {
    suite = await TestSuite.start('httperrors', [{ service: 'gateway' }]);
    admin = (await suite.users.adminUser()).http;
  });
  after(() => suite?.stop());

  let admin: HttpClient;
  const gateway = () => admin;

  it('rejects malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await gateway().raw('POST', '/v1/system/probes', '{"workMs": ', { 'content-type': 'application/json' });
    assert.equal(response.status, 400);
    assert.equal(response.body.code, 'MALFORMED_JSON');
    assert.deepEqual(Object.keys(response.body).sort(), ERROR_KEYS);
  });

  it('rejects a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await gateway().raw('POST', '/v1/system/probes', JSON.stringify({ pad: 'x'.repeat(1_100_000) }));
    assert.equal(response.status, 413);
    assert.equal(response.body.code, 'PAYLOAD_TOO_LARGE');
  });

  it('rejects unknown fields and wrong types with 400 VALIDATION_FAILED naming them', async () => {
    const response = await gateway().post('/v1/system/probes', { workMs: 'slow', status: 'COMPLETED' });
    assert.equal(response.status, 400);
    assert.equal(response.body.code, 'VALIDATION_FAILED');
    assert.match(response.body.message, /status should not exist/);
    assert.match(response.body.message, /workMs/);
  });

  it('answers unknown routes and unknown records with 404 in the same shape', async () => {
    const route = await gateway().get('/v1/nothing-here');
    assert.deepEqual([route.status, route.body.code], [404, 'ROUTE_NOT_FOUND']);
    const record = await gateway().get('/v1/system/probes/7d0f6d1e-3c1b-4f3e-9a37-2f1f3b9c2a10');
    assert.deepEqual([record.status, record.body.code], [404, 'NOT_FOUND']);
    assert.deepEqual(Object.keys(record.body).sort(), ERROR_KEYS);
  });

  it('echoes a safe X-Request-Id and replaces an unsafe one', async () => {
    const kept = await gateway().get('/v1/nothing', { 'x-request-id': 'abc-123' });
    assert.equal(kept.body.requestId, 'abc-123');
    assert.equal(kept.headers.get('x-request-id'), 'abc-123');
    const replaced = await gateway().get('/v1/nothing', { 'x-request-id': '<script>' });
    assert.match(replaced.body.requestId, /^[0-9a-f-]{36}$/);
  });
});
