import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { FieldKeyring } from './field-keyring.js';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

/** One encrypted value as it is stored: the key it was sealed under, IV, ciphertext and tag (base64). */
export interface SealedField {
  keyId: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/**
 * AES-256-GCM for one kind of secret value (`purpose`, e.g. "bank-account"). The associated data binds a
 * ciphertext to its purpose and its record id: copied to another record, it fails authentication.
 */
export class FieldCipher {
  constructor(
    private readonly keyring: FieldKeyring,
    private readonly purpose: string,
  ) {}

  seal(value: string, recordId: string): SealedField {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keyring.activeKey, iv);
    cipher.setAAD(this.associatedData(recordId));
    const ciphertext = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return {
      keyId: this.keyring.activeKeyId,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  /** Throws when the record was altered, belongs to another record id, or its key is not configured. */
  open(sealed: SealedField, recordId: string): string {
    const decipher = createDecipheriv(ALGORITHM, this.keyring.keyFor(sealed.keyId), Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(this.associatedData(recordId));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }

  private associatedData(recordId: string): Buffer {
    return Buffer.from(`${this.purpose}:v1:${recordId}`, 'utf8');
  }
}
