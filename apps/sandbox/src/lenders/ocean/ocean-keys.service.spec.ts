import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { signDetachedJws, verifiesDetachedJws } from './ocean-jws.js';
import { OceanKeys } from './ocean-keys.service.js';
import { LOS_SANDBOX_CLIENT_PUBLIC_KEY_PEM } from './ocean-sandbox-keys.constants.js';

const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

describe('OceanKeys', () => {
  it('signs with the same committed key in every instance', () => {
    const sut = new OceanKeys();
    assert.equal(sut.publicKeyPem, new OceanKeys().publicKeyPem);
    assert.ok(verifiesDetachedJws(sut.sign('{"a":1}'), '{"a":1}', createPublicKey(new OceanKeys().publicKeyPem)));
  });

  it('trusts the LOS sandbox client until another client key is registered', () => {
    const sut = new OceanKeys();
    const stranger = pair();
    assert.equal(createPublicKey(LOS_SANDBOX_CLIENT_PUBLIC_KEY_PEM).asymmetricKeyType, 'rsa');
    assert.equal(sut.verifiesClient(signDetachedJws('{}', stranger.privateKey, 'x'), '{}'), false);

    sut.registerClientKey(pem(stranger.publicKey));
    assert.equal(sut.verifiesClient(signDetachedJws('{}', stranger.privateKey, 'x'), '{}'), true);
    assert.equal(sut.verifiesClient(signDetachedJws('{}', pair().privateKey, 'x'), '{}'), false);
  });
});
