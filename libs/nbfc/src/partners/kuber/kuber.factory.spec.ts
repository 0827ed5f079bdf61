import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { NbfcAdapterRegistry } from '../../registry/nbfc-adapter-registry.js';
import { OCEAN_ADAPTER_TYPE, oceanAdapterFactory } from '../ocean/ocean.factory.js';
import { rsaKeyPair } from '../ocean/ocean.fixtures.js';
import { KUBER_ADAPTER_TYPE, kuberAdapterFactory } from './kuber.factory.js';

describe('KUBER and OCEAN factories', () => {
  const factories = { [KUBER_ADAPTER_TYPE]: kuberAdapterFactory, [OCEAN_ADAPTER_TYPE]: oceanAdapterFactory };
  const keys = rsaKeyPair();

  it('build both adapters from configuration rows', () => {
    const sut = new NbfcAdapterRegistry(
      [
        { code: 'KUBER', adapterType: 'kuber', baseUrl: 'http://k', credentials: { apiKey: 'k', partnerId: 'LOS' } },
        {
          code: 'OCEAN',
          adapterType: 'ocean',
          baseUrl: 'http://o',
          credentials: { keyId: 'los-1', privateKeyPem: keys.privateKeyPem, partnerPublicKeyPem: keys.publicKeyPem },
        },
      ],
      factories,
    );
    assert.equal(sut.get('KUBER').capabilities.pollingOnly, true);
    assert.equal(sut.get('OCEAN').capabilities.webhooks, true);
  });

  it('name each adapter by the partner code of its row, which call records, metrics and SLA figures are kept under', () => {
    const sut = new NbfcAdapterRegistry(
      [
        { code: 'UDYAM_FINSERV', adapterType: 'kuber', baseUrl: 'http://k', credentials: { apiKey: 'k', partnerId: 'LOS' } },
        {
          code: 'SETU_MICROLOANS',
          adapterType: 'ocean',
          baseUrl: 'http://o',
          credentials: { keyId: 'los-1', privateKeyPem: keys.privateKeyPem, partnerPublicKeyPem: keys.publicKeyPem },
        },
      ],
      factories,
    );
    assert.deepEqual([sut.get('UDYAM_FINSERV').code, sut.get('SETU_MICROLOANS').code], ['UDYAM_FINSERV', 'SETU_MICROLOANS']);
  });

  it('name a missing credential', () => {
    assert.throws(
      () =>
        new NbfcAdapterRegistry([{ code: 'KUBER', adapterType: 'kuber', baseUrl: 'http://k', credentials: { apiKey: 'k' } }], factories),
      (error: { code: string; message: string }) => error.code === PartnerErrorCode.AuthFailed && /partnerId/.test(error.message),
    );
  });
});
