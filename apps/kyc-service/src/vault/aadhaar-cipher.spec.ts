import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { AadhaarCipher } from './aadhaar-cipher.js';
import { AadhaarKeyring } from './aadhaar-keyring.js';

const AADHAAR = '234567890124';
const HMAC_KEY = 'unit-test-only-aadhaar-hmac-key-0123456789';
const key = () => randomBytes(32).toString('base64');

function cipherWith(keys: string, active: string, hmacKey = HMAC_KEY) {
  return new AadhaarCipher(
    AadhaarKeyring.fromConfig({
      AADHAAR_VAULT_KEYS: keys,
      AADHAAR_VAULT_ACTIVE_KEY: active,
      AADHAAR_HMAC_KEY: hmacKey,
    }),
  );
}

describe('AadhaarCipher', () => {
  const [k1, k2] = [key(), key()];

  it('opens what it sealed, and the sealed record holds no digits of the number in clear', () => {
    const sut = cipherWith(`k1:${k1}`, 'k1');
    const sealed = sut.seal(AADHAAR, 'tok-1');
    assert.equal(sealed.keyId, 'k1');
    assert.doesNotMatch(JSON.stringify(sealed), new RegExp(AADHAAR));
    assert.equal(sut.open(sealed, 'tok-1'), AADHAAR);
  });

  it('uses a fresh IV each time', () => {
    const sut = cipherWith(`k1:${k1}`, 'k1');
    assert.notEqual(sut.seal(AADHAAR, 't').ciphertext, sut.seal(AADHAAR, 't').ciphertext);
  });

  it('still opens a record sealed under an older key after rotation, and seals new ones under the active key', () => {
    const before = cipherWith(`k1:${k1}`, 'k1').seal(AADHAAR, 'tok-1');
    const rotated = cipherWith(`k1:${k1},k2:${k2}`, 'k2');
    assert.equal(rotated.open(before, 'tok-1'), AADHAAR);
    assert.equal(rotated.seal(AADHAAR, 'tok-2').keyId, 'k2');
  });

  it('refuses a record whose key was removed from the configuration', () => {
    const before = cipherWith(`k1:${k1}`, 'k1').seal(AADHAAR, 'tok-1');
    assert.throws(() => cipherWith(`k2:${k2}`, 'k2').open(before, 'tok-1'), /not configured/);
  });

  it('fails authentication for tampered ciphertext, tag or IV, and for a record moved to another token', () => {
    const sut = cipherWith(`k1:${k1}`, 'k1');
    const sealed = sut.seal(AADHAAR, 'tok-1');
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] ^= 0x01;
      return bytes.toString('base64');
    };
    assert.throws(() => sut.open({ ...sealed, ciphertext: flip(sealed.ciphertext) }, 'tok-1'));
    assert.throws(() => sut.open({ ...sealed, tag: flip(sealed.tag) }, 'tok-1'));
    assert.throws(() => sut.open({ ...sealed, iv: flip(sealed.iv) }, 'tok-1'));
    assert.throws(() => sut.open(sealed, 'tok-2'));
  });

  it('fingerprints a number deterministically under the HMAC key, independent of the encryption key', () => {
    const a = cipherWith(`k1:${k1}`, 'k1');
    const b = cipherWith(`k2:${k2}`, 'k2');
    assert.equal(a.fingerprint(AADHAAR), b.fingerprint(AADHAAR));
    assert.notEqual(a.fingerprint(AADHAAR), a.fingerprint('234567890125'));
    assert.notEqual(a.fingerprint(AADHAAR), cipherWith(`k1:${k1}`, 'k1', `${HMAC_KEY}-other`).fingerprint(AADHAAR));
    assert.match(a.fingerprint(AADHAAR), /^[0-9a-f]{64}$/);
  });
});
