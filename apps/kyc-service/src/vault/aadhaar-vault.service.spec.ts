import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { AadhaarCipher } from './aadhaar-cipher.js';
import { AadhaarKeyring } from './aadhaar-keyring.js';
import { VaultRecords } from './aadhaar-vault.repository.js';
import type { AadhaarVaultRecord } from './aadhaar-vault.schema.js';
import { AadhaarVault } from './aadhaar-vault.service.js';

/** Unique on token and fingerprint like the Mongo collection; `lagLookups` lets two callers miss each other. */
class InMemoryRecords extends VaultRecords {
  readonly rows: AadhaarVaultRecord[] = [];
  lagLookups = false;

  async findByFingerprint(fingerprint: string) {
    if (this.lagLookups) {
      this.lagLookups = false;
      return null;
    }
    return this.rows.find((row) => row.fingerprint === fingerprint) ?? null;
  }

  async findByToken(token: string) {
    return this.rows.find((row) => row.token === token) ?? null;
  }

  async insert(record: AadhaarVaultRecord) {
    if (this.rows.some((row) => row.token === record.token || row.fingerprint === record.fingerprint)) {
      throw Object.assign(new Error('E11000 duplicate key'), { code: 11000 });
    }
    this.rows.push({ ...record });
  }
}

const cipher = new AadhaarCipher(
  AadhaarKeyring.fromConfig({
    AADHAAR_VAULT_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    AADHAAR_VAULT_ACTIVE_KEY: 'k1',
    AADHAAR_HMAC_KEY: 'unit-test-only-aadhaar-hmac-key-0123456789',
  }),
);

describe('AadhaarVault', () => {
  it('gives the same number the same token, and another number another token', async () => {
    const records = new InMemoryRecords();
    const sut = new AadhaarVault(cipher, records);
    const first = await sut.store('234567890124');
    const again = await sut.store('234567890124');
    const other = await sut.store('345678901235');
    assert.deepEqual(again, first);
    assert.equal(first.last4, '0124');
    assert.notEqual(other.vaultToken, first.vaultToken);
    assert.equal(records.rows.length, 2);
  });

  it("returns the winner's token to a replica that lost the race on the unique fingerprint", async () => {
    const records = new InMemoryRecords();
    const sut = new AadhaarVault(cipher, records);
    const winner = await sut.store('234567890124');
    records.lagLookups = true;
    const loser = await sut.store('234567890124');
    assert.equal(loser.vaultToken, winner.vaultToken);
    assert.equal(records.rows.length, 1);
  });

  it('stores only ciphertext, fingerprint and last 4 digits, and reveals the number by token', async () => {
    const records = new InMemoryRecords();
    const sut = new AadhaarVault(cipher, records);
    const { vaultToken } = await sut.store('234567890124');
    assert.doesNotMatch(JSON.stringify(records.rows), /234567890124/);
    assert.equal(await sut.reveal(vaultToken), '234567890124');
    assert.equal(await sut.last4Of(vaultToken), '0124');
    await assert.rejects(sut.reveal('avt_unknown'), { code: 'NOT_FOUND' });
  });

  it('refuses to reveal a tampered record', async () => {
    const records = new InMemoryRecords();
    const sut = new AadhaarVault(cipher, records);
    const { vaultToken } = await sut.store('234567890124');
    const stored = records.rows[0];
    const bytes = Buffer.from(stored.ciphertext, 'base64');
    bytes[3] ^= 0x10;
    stored.ciphertext = bytes.toString('base64');
    await assert.rejects(sut.reveal(vaultToken));
  });
});
