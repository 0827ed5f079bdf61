import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { summarizeRefusedWebhook } from './refused-webhook.summary.js';

describe('summarizeRefusedWebhook', () => {
  it('keeps the size, hash, shape and names of a body and its headers, never a value', () => {
    const rawBody = Buffer.from(JSON.stringify({ id: 'evt_1', note: 'A'.repeat(900_000), pan: 'ABCPR1234K' }));
    const sut = summarizeRefusedWebhook({
      headers: { 'Lendwise-Signature': 't=1,v1=secretsig', 'content-type': 'application/json' },
      rawBody,
    });
    assert.deepEqual(sut, {
      bodyBytes: rawBody.length,
      bodySha256: createHash('sha256').update(rawBody).digest('hex'),
      shape: 'json-object',
      fieldNames: ['id', 'note', 'pan'],
      headerNames: ['lendwise-signature', 'content-type'],
    });
    assert.ok(!/secretsig|ABCPR|AAAA/.test(JSON.stringify(sut)));
  });

  it('bounds the names it keeps, however many a sender invents', () => {
    const body = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`${'k'.repeat(500)}${i}`, i]));
    const headers = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`x-${'h'.repeat(300)}-${i}`, 'v']));
    const sut = summarizeRefusedWebhook({ headers, rawBody: Buffer.from(JSON.stringify(body)) });
    assert.equal(sut.fieldNames.length, 25);
    assert.equal(sut.fieldNames.at(-1), '[4976 more]');
    assert.equal(sut.headerNames.length, 25);
    assert.ok(JSON.stringify(sut).length < 4_000);
  });

  it('names bodies that are not JSON objects by their shape', () => {
    const shapeOf = (text: string) => summarizeRefusedWebhook({ headers: {}, rawBody: Buffer.from(text) }).shape;
    assert.deepEqual(['', '<xml/>', '[1]', '"s"'].map(shapeOf), ['empty', 'not-json', 'json-array', 'json-value']);
  });
});
