import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { signatureHeader, verifySignature } from './webhook-signature.js';

const SECRET = 'whsec_test';
const BODY = '{"id":1,"type":"application.created"}';

describe('webhook signature', () => {
  it('signs t.body with HMAC-SHA256 of the secret, as t=…,v1=…', () => {
    const expected = createHmac('sha256', SECRET).update(`1700000000.${BODY}`).digest('hex');
    assert.equal(signatureHeader(SECRET, BODY, 1700000000), `t=1700000000,v1=${expected}`);
  });

  it('verifies its own signature within five minutes, and nothing else', () => {
    const header = signatureHeader(SECRET, BODY, 1700000000);
    assert.equal(verifySignature(SECRET, BODY, header, 1700000000 + 300), true);
    assert.equal(verifySignature(SECRET, BODY, header, 1700000000 + 301), false);
    assert.equal(verifySignature('other', BODY, header, 1700000000), false);
    assert.equal(verifySignature(SECRET, `${BODY} `, header, 1700000000), false);
    assert.equal(verifySignature(SECRET, BODY, 't=1700000000,v1=abc', 1700000000), false);
    assert.equal(verifySignature(SECRET, BODY, 'garbage', 1700000000), false);
  });
});
