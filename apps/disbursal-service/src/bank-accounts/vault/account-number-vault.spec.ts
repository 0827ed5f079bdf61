import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { FieldCipher, FieldKeyring } from '@los/common';
import { AccountNumberVault } from './account-number-vault.js';

const keyring = FieldKeyring.parse({
  keysVariable: 'BANK_ACCOUNT_VAULT_KEYS',
  keys: `k1:${randomBytes(32).toString('base64')}`,
  activeVariable: 'BANK_ACCOUNT_VAULT_ACTIVE_KEY',
  active: 'k1',
});

describe('AccountNumberVault', () => {
  it('seals a number under a new account id with its last 4 digits, and opens it only for that id', () => {
    const sut = new AccountNumberVault(new FieldCipher(keyring, 'bank-account'));
    const sealed = sut.seal('000123456789012');
    assert.equal(sealed.accountLast4, '9012');
    assert.doesNotMatch(JSON.stringify(sealed), /123456789012/);
    assert.equal(sut.open(sealed.accountId, sealed), '000123456789012');
    assert.throws(() => sut.open(sut.seal('000123456789012').accountId, sealed));
  });
});
