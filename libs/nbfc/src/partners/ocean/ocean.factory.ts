import { credential, type NbfcAdapterFactory } from '../../registry/partner-config.js';
import { OceanAdapter } from './ocean.adapter.js';

export const OCEAN_ADAPTER_TYPE = 'ocean';

/** For the registry's adapterType → factory map: credentials `keyId`, `privateKeyPem` (ours) and `partnerPublicKeyPem` (OCEAN's). */
export const oceanAdapterFactory: NbfcAdapterFactory = (row, deps) =>
  new OceanAdapter({
    code: row.code,
    baseUrl: row.baseUrl,
    keyId: credential(row, 'keyId'),
    privateKeyPem: credential(row, 'privateKeyPem'),
    partnerPublicKeyPem: credential(row, 'partnerPublicKeyPem'),
    ...(deps.fetchFn ? { fetch: deps.fetchFn } : {}),
    ...(deps.now ? { now: () => new Date(deps.now!()) } : {}),
  });
