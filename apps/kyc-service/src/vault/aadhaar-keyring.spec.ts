import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { AadhaarKeyring, VaultConfigError } from './aadhaar-keyring.js';

const HMAC = 'unit-test-only-aadhaar-hmac-key-0123456789';
const good = randomBytes(32).toString('base64');

function load(keys: string, active = 'k1', hmac = HMAC) {
  return () => AadhaarKeyring.fromConfig({ AADHAAR_VAULT_KEYS: keys, AADHAAR_VAULT_ACTIVE_KEY: active, AADHAAR_HMAC_KEY: hmac });
}

function refused(keys: string, variable: string, active = 'k1', hmac = HMAC) {
  assert.throws(load(keys, active, hmac), (error: Error) => {
    assert.ok(error instanceof VaultConfigError);
    assert.ok(error.message.startsWith(`${variable}:`), error.message);
    assert.ok(!error.message.includes(good.slice(0, 12)), 'key material must never appear in the message');
    return true;
  });
}

describe('AadhaarKeyring', () => {
  it('loads several keys and selects the active one', () => {
    const other = randomBytes(32).toString('base64');
    const sut = load(`k1:${good}, k2:${other}`, 'k2')();
    assert.equal(sut.activeKeyId, 'k2');
    assert.deepEqual(sut.keyFor('k1'), Buffer.from(good, 'base64'));
  });

  it('fails fast naming the variable, never the key', () => {
    refused('', 'AADHAAR_VAULT_KEYS');
    refused(good, 'AADHAAR_VAULT_KEYS');
    refused(`k1:${randomBytes(16).toString('base64')}`, 'AADHAAR_VAULT_KEYS');
    refused(`k1:not*base64!`, 'AADHAAR_VAULT_KEYS');
    refused(`k1:${good},k1:${good}`, 'AADHAAR_VAULT_KEYS');
    refused(`k1:${good}`, 'AADHAAR_VAULT_ACTIVE_KEY', 'k9');
    refused(`k1:${good}`, 'AADHAAR_HMAC_KEY', 'k1', 'short');
  });

  it('accepts the development key the local stack uses', () => {
    assert.doesNotThrow(load('dev1:ZGV2LW9ubHktYWFkaGFhci12YXVsdC1rZXktMzJieXQ=', 'dev1'));
  });
});
