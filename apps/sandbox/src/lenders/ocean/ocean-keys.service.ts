import { Injectable } from '@nestjs/common';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { signDetachedJws, verifiesDetachedJws } from './ocean-jws.js';
import { OCEAN_SANDBOX_KEY_ID } from './ocean-lender.constants.js';

/** OCEAN's own key pair, made at start, and the one client key a test registered. */
@Injectable()
export class OceanKeys {
  private readonly pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private clientKey?: KeyObject;

  get publicKeyPem(): string {
    return this.pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  registerClientKey(publicKeyPem: string): void {
    this.clientKey = createPublicKey(publicKeyPem);
  }

  sign(payload: string): string {
    return signDetachedJws(payload, this.pair.privateKey, OCEAN_SANDBOX_KEY_ID);
  }

  verifiesClient(jws: string | undefined, payload: Buffer | string): boolean {
    return this.clientKey !== undefined && verifiesDetachedJws(jws, payload, this.clientKey);
  }
}
