import { Injectable } from '@nestjs/common';
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { signDetachedJws, verifiesDetachedJws } from './ocean-jws.js';
import { OCEAN_SANDBOX_KEY_ID } from './ocean-lender.constants.js';
import { LOS_SANDBOX_CLIENT_PUBLIC_KEY_PEM, OCEAN_SANDBOX_PRIVATE_KEY_PEM } from './ocean-sandbox-keys.constants.js';

/** OCEAN's committed sandbox key, and the one client key it trusts: the LOS sandbox client's until a test registers another. */
@Injectable()
export class OceanKeys {
  private readonly privateKey = createPrivateKey(OCEAN_SANDBOX_PRIVATE_KEY_PEM);
  private clientKey: KeyObject = createPublicKey(LOS_SANDBOX_CLIENT_PUBLIC_KEY_PEM);

  get publicKeyPem(): string {
    return createPublicKey(this.privateKey).export({ type: 'spki', format: 'pem' }).toString();
  }

  registerClientKey(publicKeyPem: string): void {
    this.clientKey = createPublicKey(publicKeyPem);
  }

  sign(payload: string): string {
    return signDetachedJws(payload, this.privateKey, OCEAN_SANDBOX_KEY_ID);
  }

  verifiesClient(jws: string | undefined, payload: Buffer | string): boolean {
    return verifiesDetachedJws(jws, payload, this.clientKey);
  }
}
