export const AES_256_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A key setting that cannot be used; the message names the variable, never key material. */
export class KeyringConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'KeyringConfigError';
  }
}

/** Where a keyring's settings come from, so errors name the variables. */
export interface KeyringSettings {
  keysVariable: string;
  keys: string;
  activeVariable: string;
  active: string;
}

/**
 * AES-256 keys by id, from `keyId:base64,keyId:base64`; the active one encrypts, the others still decrypt what
 * they encrypted before a rotation. The same format as the Aadhaar vault's keys (apps/kyc-service/src/vault).
 */
export class FieldKeyring {
  private constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly activeKeyId: string,
  ) {}

  static parse(settings: KeyringSettings): FieldKeyring {
    const keys = parseKeys(settings.keysVariable, settings.keys);
    const active = settings.active.trim();
    if (!keys.has(active))
      throw new KeyringConfigError(settings.activeVariable, `must name one of the key ids in ${settings.keysVariable}`);
    return new FieldKeyring(keys, active);
  }

  keyFor(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Key "${keyId}" is not configured`);
    return key;
  }

  get activeKey(): Buffer {
    return this.keyFor(this.activeKeyId);
  }
}

function parseKeys(variable: string, spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new KeyringConfigError(variable, 'must list at least one keyId:base64 pair');
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const encoded = colon > 0 ? entry.slice(colon + 1) : '';
    if (!KEY_ID.test(id)) throw new KeyringConfigError(variable, `entry ${index + 1} needs a key id of letters, digits, _ or -`);
    if (keys.has(id)) throw new KeyringConfigError(variable, `key id "${id}" appears twice`);
    const key = BASE64.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (key.length !== AES_256_KEY_BYTES)
      throw new KeyringConfigError(variable, `key "${id}" must be base64 of exactly ${AES_256_KEY_BYTES} bytes`);
    keys.set(id, key);
  });
  return keys;
}
