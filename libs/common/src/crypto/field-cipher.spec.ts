import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher.js';
import { FieldKeyring, KeyringConfigError } from './field-keyring.js';

const ACCOUNT = '001234567890123';
const key = () => randomBytes(32).toString('base64');
const keyring = (keys: string, active: string) => FieldKeyring.parse({ keysVariable: 'KEYS', keys, activeVariable: 'ACTIVE', active });

describe('FieldCipher', () => {
  const [k1, k2] = [key(), key()];

  it('opens what it sealed, and the sealed record holds no digits of the value in clear', () => {
    const sut = new FieldCipher(keyring(`k1:${k1}`, 'k1'), 'bank-account');
    const sealed = sut.seal(ACCOUNT, 'id-1');
    assert.equal(sealed.keyId, 'k1');
    assert.doesNotMatch(JSON.stringify(sealed), new RegExp(ACCOUNT));
    assert.equal(sut.open(sealed, 'id-1'), ACCOUNT);
    assert.notEqual(sut.seal(ACCOUNT, 'id-1').ciphertext, sealed.ciphertext, 'a fresh IV each time');
  });

  it('still opens a record sealed under an older key after rotation', () => {
    const before = new FieldCipher(keyring(`k1:${k1}`, 'k1'), 'bank-account').seal(ACCOUNT, 'id-1');
    const rotated = new FieldCipher(keyring(`k1:${k1},k2:${k2}`, 'k2'), 'bank-account');
    assert.equal(rotated.open(before, 'id-1'), ACCOUNT);
    assert.equal(rotated.seal(ACCOUNT, 'id-2').keyId, 'k2');
  });

  it('refuses a record moved to another id or purpose, or tampered with', () => {
    const sut = new FieldCipher(keyring(`k1:${k1}`, 'k1'), 'bank-account');
    const sealed = sut.seal(ACCOUNT, 'id-1');
    assert.throws(() => sut.open(sealed, 'id-2'));
    assert.throws(() => new FieldCipher(keyring(`k1:${k1}`, 'k1'), 'other').open(sealed, 'id-1'));
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] ^= 0x01;
    assert.throws(() => sut.open({ ...sealed, ciphertext: bytes.toString('base64') }, 'id-1'));
  });

  it('refuses bad key settings naming the variable, never the key', () => {
    const good = key();
    for (const [keys, active, variable] of [
      ['', 'k1', 'KEYS'],
      [good, 'k1', 'KEYS'],
      [`k1:${randomBytes(16).toString('base64')}`, 'k1', 'KEYS'],
      [`k1:${good},k1:${good}`, 'k1', 'KEYS'],
      [`k1:${good}`, 'k9', 'ACTIVE'],
    ]) {
      assert.throws(
        () => keyring(keys, active),
        (error: Error) =>
          error instanceof KeyringConfigError && error.message.startsWith(`${variable}:`) && !error.message.includes(good.slice(0, 12)),
      );
    }
  });
});
