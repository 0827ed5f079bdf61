import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signDetached, verifyDetached } from './detached-jws.js';
import { rsaKeyPair } from './ocean.fixtures.js';

describe('detached JWS', () => {
  const ours = rsaKeyPair();
  const theirs = rsaKeyPair();
  const body = '{"requestId":"r-1","amount":"100.00"}';

  it('has a base64url RS256 header, an empty payload part and a signature', () => {
    const jws = signDetached(body, ours.privateKeyPem, 'los-key-1');
    const [header, payload, signature] = jws.split('.');
    assert.deepEqual(JSON.parse(Buffer.from(header, 'base64url').toString()), { alg: 'RS256', kid: 'los-key-1' });
    assert.equal(payload, '');
    assert.match(signature, /^[A-Za-z0-9_-]{342}$/);
  });

  it('verifies over the exact bytes with the right key only', () => {
    const jws = signDetached(body, ours.privateKeyPem, 'los-key-1');
    assert.deepEqual(verifyDetached(jws, body, ours.publicKeyPem), { alg: 'RS256', kid: 'los-key-1' });
    assert.deepEqual(verifyDetached(jws, Buffer.from(body), ours.publicKeyPem), { alg: 'RS256', kid: 'los-key-1' });
    assert.equal(verifyDetached(jws, body.replace('100.00', '900.00'), ours.publicKeyPem), undefined);
    assert.equal(verifyDetached(jws, body, theirs.publicKeyPem), undefined);
  });

  it('refuses malformed, unsigned and alg-swapped tokens', () => {
    const jws = signDetached(body, ours.privateKeyPem, 'k');
    const [, , signature] = jws.split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', kid: 'k' })).toString('base64url');
    for (const bad of [undefined, '', 'a.b.c', `${none}..${signature}`, `${jws}.x`, 'e30..', `!!!..${signature}`]) {
      assert.equal(verifyDetached(bad, body, ours.publicKeyPem), undefined, String(bad));
    }
    const attached = jws.replace('..', `.${Buffer.from(body).toString('base64url')}.`);
    assert.equal(verifyDetached(attached, body, ours.publicKeyPem), undefined);
  });
});
