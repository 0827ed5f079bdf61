import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signatureHeadersOf } from './signature-headers.js';

describe('signatureHeadersOf', () => {
  it("keeps the content type and each lender's signature header, nothing else", () => {
    const kept = signatureHeadersOf({
      'content-type': 'application/json',
      'lendwise-signature': 't=1,v1=ab',
      'x-northstar-signature': 'sig',
      'x-jws-signature': 'a..b',
      'user-agent': 'curl',
      'x-forwarded-for': '10.0.0.1',
      host: 'gateway',
    });
    assert.deepEqual(Object.keys(kept).sort(), ['content-type', 'lendwise-signature', 'x-jws-signature', 'x-northstar-signature']);
  });

  it('bounds a header value', () => {
    assert.equal(signatureHeadersOf({ 'x-jws-signature': 'a'.repeat(20_000) })['x-jws-signature']!.length, 8_192);
  });
});
