import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { KeyringConfigError } from '@los/common';
import { webhookSecretCipher, WebhookSecretVault } from './webhook-secret-vault.js';

const SECRET = `whsec_${randomBytes(24).toString('base64url')}`;
const key = () => randomBytes(32).toString('base64');
const vaultOf = (keys: string, active = 'k1') =>
  new WebhookSecretVault(webhookSecretCipher({ WEBHOOK_SECRET_KEYS: keys, WEBHOOK_SECRET_ACTIVE_KEY: active }));

describe('WebhookSecretVault', () => {
  const k1 = key();

  it('stores no trace of the secret and opens it for its own subscription', () => {
    const sut = vaultOf(`k1:${k1}`);
    const sealed = sut.seal(SECRET, 'sub-1');
    assert.equal(sealed.secretKeyId, 'k1');
    assert.notEqual(sealed.secretCiphertext, SECRET);
    assert.doesNotMatch(JSON.stringify(sealed), /whsec_/);
    assert.ok(!JSON.stringify(sealed).includes(SECRET.slice(6)));
    assert.equal(sut.open({ id: 'sub-1', ...sealed }), SECRET);
  });

  it('refuses a sealed secret copied to another subscription, tampered with, or under another key', () => {
    const sut = vaultOf(`k1:${k1}`);
    const sealed = sut.seal(SECRET, 'sub-1');
    assert.throws(() => sut.open({ id: 'sub-2', ...sealed }));
    const bytes = Buffer.from(sealed.secretCiphertext, 'base64');
    bytes[0] ^= 0x01;
    assert.throws(() => sut.open({ id: 'sub-1', ...sealed, secretCiphertext: bytes.toString('base64') }));
    assert.throws(() => vaultOf(`k1:${key()}`).open({ id: 'sub-1', ...sealed }));
  });

  it('still opens a secret sealed under a rotated-out key', () => {
    const sealed = vaultOf(`k1:${k1}`).seal(SECRET, 'sub-1');
    const rotated = vaultOf(`k1:${k1},k2:${key()}`, 'k2');
    assert.equal(rotated.open({ id: 'sub-1', ...sealed }), SECRET);
    assert.equal(rotated.seal(SECRET, 'sub-1').secretKeyId, 'k2');
  });

  it('refuses a missing or bad key setting naming the variable, never the key', () => {
    const short = randomBytes(16).toString('base64');
    for (const [keys, active, variable] of [
      ['', 'k1', 'WEBHOOK_SECRET_KEYS'],
      [`k1:${short}`, 'k1', 'WEBHOOK_SECRET_KEYS'],
      [`k1:${k1}`, 'k9', 'WEBHOOK_SECRET_ACTIVE_KEY'],
    ]) {
      assert.throws(
        () => vaultOf(keys, active),
        (error: Error) =>
          error instanceof KeyringConfigError &&
          error.message.startsWith(`${variable}:`) &&
          !error.message.includes(k1.slice(0, 12)) &&
          !error.message.includes(short.slice(0, 12)),
      );
    }
  });
});
