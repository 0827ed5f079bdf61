import { Injectable } from '@nestjs/common';
import { AppException, isDuplicateKey } from '@los/common';
import { ErrorCode, type VaultAadhaarReply } from '@los/contracts';
import { randomBytes } from 'node:crypto';
import { AadhaarCipher } from './aadhaar-cipher.js';
import { VaultRecords } from './aadhaar-vault.repository.js';

const TOKEN_PREFIX = 'avt_';

/** Puts Aadhaar numbers in the vault and takes them out, only for the eKYC call. */
@Injectable()
export class AadhaarVault {
  constructor(
    private readonly cipher: AadhaarCipher,
    private readonly records: VaultRecords,
  ) {}

  /** The same number always gets the same token, also when replicas race on it. */
  async store(aadhaar: string): Promise<VaultAadhaarReply> {
    const fingerprint = this.cipher.fingerprint(aadhaar);
    const existing = await this.records.findByFingerprint(fingerprint);
    if (existing) return { vaultToken: existing.token, last4: existing.last4 };

    const token = `${TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
    const last4 = aadhaar.slice(-4);
    try {
      await this.records.insert({ token, fingerprint, last4, ...this.cipher.seal(aadhaar, token) });
      return { vaultToken: token, last4 };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.records.findByFingerprint(fingerprint);
      if (!winner) throw error;
      return { vaultToken: winner.token, last4: winner.last4 };
    }
  }

  async last4Of(token: string): Promise<string | null> {
    return (await this.records.findByToken(token))?.last4 ?? null;
  }

  /** Decrypts one number; throws when the record is unknown or fails authentication. */
  async reveal(token: string): Promise<string> {
    const record = await this.records.findByToken(token);
    if (!record) throw new AppException(ErrorCode.NotFound, 'Unknown vault token');
    const aadhaar = this.cipher.open(record, token);
    if (this.cipher.fingerprint(aadhaar) !== record.fingerprint) throw new Error('Vault record failed its fingerprint check');
    return aadhaar;
  }
}
