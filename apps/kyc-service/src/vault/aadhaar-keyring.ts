import type { KycConfig } from '@los/common';

export const AES_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A vault setting that cannot be used; the message names the variable, never key material. */
export class VaultConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'VaultConfigError';
  }
}

/** The vault's key material: AES-256-GCM keys by id (the active one encrypts) and the HMAC key. */
export class AadhaarKeyring {
  private constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly activeKeyId: string,
    readonly hmacKey: Buffer,
  ) {}

  static fromConfig(config: Pick<KycConfig, 'AADHAAR_VAULT_KEYS' | 'AADHAAR_VAULT_ACTIVE_KEY' | 'AADHAAR_HMAC_KEY'>): AadhaarKeyring {
    const keys = parseKeys(config.AADHAAR_VAULT_KEYS);
    const active = config.AADHAAR_VAULT_ACTIVE_KEY.trim();
    if (!keys.has(active)) {
      throw new VaultConfigError('AADHAAR_VAULT_ACTIVE_KEY', 'must name one of the key ids in AADHAAR_VAULT_KEYS');
    }
    if (config.AADHAAR_HMAC_KEY.length < 32) throw new VaultConfigError('AADHAAR_HMAC_KEY', 'must be at least 32 characters');
    return new AadhaarKeyring(keys, active, Buffer.from(config.AADHAAR_HMAC_KEY, 'utf8'));
  }

  keyFor(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Vault key "${keyId}" is not configured`);
    return key;
  }

  get activeKey(): Buffer {
    return this.keyFor(this.activeKeyId);
  }
}

function parseKeys(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new VaultConfigError('AADHAAR_VAULT_KEYS', 'must list at least one keyId:base64 pair');
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const encoded = colon > 0 ? entry.slice(colon + 1) : '';
    const where = `entry ${index + 1}`;
    if (!KEY_ID.test(id)) throw new VaultConfigError('AADHAAR_VAULT_KEYS', `${where} needs a key id of letters, digits, _ or -`);
    if (keys.has(id)) throw new VaultConfigError('AADHAAR_VAULT_KEYS', `key id "${id}" appears twice`);
    const key = BASE64.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (key.length !== AES_KEY_BYTES) {
      throw new VaultConfigError('AADHAAR_VAULT_KEYS', `key "${id}" must be base64 of exactly ${AES_KEY_BYTES} bytes`);
    }
    keys.set(id, key);
  });
  return keys;
}
