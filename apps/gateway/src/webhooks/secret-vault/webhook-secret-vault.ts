import { Injectable } from '@nestjs/common';
import { FieldCipher, FieldKeyring, type GatewayConfig } from '@los/common';

export const WEBHOOK_SECRET_PURPOSE = 'webhook-secret';

/** A subscription's signing secret as stored: AES-256-GCM under `secretKeyId`, bound to the subscription id. */
export interface SealedWebhookSecret {
  secretKeyId: string;
  secretIv: string;
  secretCiphertext: string;
  secretTag: string;
}

export type WebhookSecretKeySettings = Pick<GatewayConfig, 'WEBHOOK_SECRET_KEYS' | 'WEBHOOK_SECRET_ACTIVE_KEY'>;

/** Throws a KeyringConfigError naming the variable (never the key) when a setting cannot be used. */
export function webhookSecretCipher(settings: WebhookSecretKeySettings): FieldCipher {
  const keyring = FieldKeyring.parse({
    keysVariable: 'WEBHOOK_SECRET_KEYS',
    keys: settings.WEBHOOK_SECRET_KEYS,
    activeVariable: 'WEBHOOK_SECRET_ACTIVE_KEY',
    active: settings.WEBHOOK_SECRET_ACTIVE_KEY,
  });
  return new FieldCipher(keyring, WEBHOOK_SECRET_PURPOSE);
}

/** The only place a webhook signing secret is encrypted or decrypted. */
@Injectable()
export class WebhookSecretVault {
  constructor(private readonly cipher: FieldCipher) {}

  seal(secret: string, subscriptionId: string): SealedWebhookSecret {
    const { keyId, iv, ciphertext, tag } = this.cipher.seal(secret, subscriptionId);
    return { secretKeyId: keyId, secretIv: iv, secretCiphertext: ciphertext, secretTag: tag };
  }

  /** Throws when the stored record was altered, moved to another subscription, or its key is not configured. */
  open(subscription: SealedWebhookSecret & { id: string }): string {
    const { id, secretKeyId, secretIv, secretCiphertext, secretTag } = subscription;
    return this.cipher.open({ keyId: secretKeyId, iv: secretIv, ciphertext: secretCiphertext, tag: secretTag }, id);
  }
}
