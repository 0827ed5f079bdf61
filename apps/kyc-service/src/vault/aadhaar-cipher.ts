import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { AadhaarKeyring } from './aadhaar-keyring.js';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

export interface SealedAadhaar {
  keyId: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/**
 * AES-256-GCM under the active key, recording the key id so older records still open after a
 * rotation. The associated data binds a ciphertext to its vault token: moved to another record,
 * it fails authentication.
 */
export class AadhaarCipher {
  constructor(private readonly keyring: AadhaarKeyring) {}

  seal(aadhaar: string, token: string): SealedAadhaar {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keyring.activeKey, iv);
    cipher.setAAD(associatedData(token));
    const ciphertext = Buffer.concat([cipher.update(aadhaar, 'utf8'), cipher.final()]);
    return {
      keyId: this.keyring.activeKeyId,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  /** Throws when the record was altered, belongs to another token, or its key is not configured. */
  open(sealed: SealedAadhaar, token: string): string {
    const decipher = createDecipheriv(ALGORITHM, this.keyring.keyFor(sealed.keyId), Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(associatedData(token));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Deterministic fingerprint that finds the same number again without decrypting anything. */
  fingerprint(aadhaar: string): string {
    return createHmac('sha256', this.keyring.hmacKey).update(aadhaar, 'utf8').digest('hex');
  }
}

function associatedData(token: string): Buffer {
  return Buffer.from(`aadhaar-vault:v1:${token}`, 'utf8');
}
