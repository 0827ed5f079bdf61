import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import {
  LOS_SANDBOX_CLIENT_PRIVATE_KEY_PEM,
  OCEAN_SANDBOX_PUBLIC_KEY_PEM,
} from '../../apps/offer-service/src/database/seeds/ocean-sandbox-keys.js';
import {
  LOS_SANDBOX_CLIENT_PUBLIC_KEY_PEM,
  OCEAN_SANDBOX_PRIVATE_KEY_PEM,
} from '../../apps/sandbox/src/lenders/ocean/ocean-sandbox-keys.constants.js';

/** The public half of a public or private key PEM, as DER bytes to compare. */
const publicHalf = (pem: string) => createPublicKey(pem).export({ type: 'spki', format: 'der' });

// Each side commits only its own private key; the seeded OCEAN connection works only if the halves pair up.
describe('sandbox OCEAN keys', () => {
  it('pair the offer service seed with the sandbox lender', () => {
    assert.deepEqual(publicHalf(OCEAN_SANDBOX_PUBLIC_KEY_PEM), publicHalf(OCEAN_SANDBOX_PRIVATE_KEY_PEM));
    assert.deepEqual(publicHalf(LOS_SANDBOX_CLIENT_PUBLIC_KEY_PEM), publicHalf(LOS_SANDBOX_CLIENT_PRIVATE_KEY_PEM));
    assert.notDeepEqual(publicHalf(OCEAN_SANDBOX_PRIVATE_KEY_PEM), publicHalf(LOS_SANDBOX_CLIENT_PRIVATE_KEY_PEM));
    for (const pem of [OCEAN_SANDBOX_PRIVATE_KEY_PEM, LOS_SANDBOX_CLIENT_PRIVATE_KEY_PEM]) {
      assert.equal(createPrivateKey(pem).asymmetricKeyDetails?.modulusLength, 2048);
    }
  });
});
