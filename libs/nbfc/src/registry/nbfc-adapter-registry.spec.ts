import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LendwiseAdapter } from '../partners/lendwise/lendwise.adapter.js';
import { NorthstarAdapter } from '../partners/northstar/northstar.adapter.js';
import { ResilientNbfcAdapter } from '../resilience/resilient-nbfc-adapter.js';
import { ADAPTER_FACTORIES } from '../partners/adapter-factories.js';
import { NbfcAdapterRegistry } from './nbfc-adapter-registry.js';
import type { PartnerConfigRow } from './partner-config.js';

const rows: PartnerConfigRow[] = [
  { code: 'LENDWISE', adapterType: 'lendwise', baseUrl: 'https://lw.test', credentials: { apiKey: 'k', webhookSecret: 's' } },
  {
    code: 'NORTHSTAR',
    adapterType: 'northstar',
    baseUrl: 'https://ns.test',
    credentials: { clientId: 'c', clientSecret: 'cs', webhookSecret: 's' },
    resilience: {
      timeoutsMs: { quote: 1, submit: 1, accept: 1, disburse: 1, disbursalStatus: 1 },
      maxConcurrent: 1,
      breaker: { consecutiveFailures: 1, halfOpenAfterMs: 1 },
    },
  },
];

describe('NbfcAdapterRegistry', () => {
  it('builds each configured partner with the factory of its adapterType', () => {
    const sut = new NbfcAdapterRegistry(rows, ADAPTER_FACTORIES);
    assert.ok(sut.get('LENDWISE') instanceof LendwiseAdapter);
    assert.ok(sut.get('NORTHSTAR') instanceof ResilientNbfcAdapter, 'a row with resilience options is wrapped');
    assert.equal(sut.get('NORTHSTAR').code, 'NORTHSTAR');
    assert.deepEqual(sut.codes(), ['LENDWISE', 'NORTHSTAR']);
  });

  it('serves two partners of one adapterType from their own rows', () => {
    const sut = new NbfcAdapterRegistry([rows[0]!, { ...rows[0]!, code: 'LENDWISE_2' }], ADAPTER_FACTORIES);
    assert.notEqual(sut.get('LENDWISE'), sut.get('LENDWISE_2'));
    assert.equal(sut.get('LENDWISE_2').code, 'LENDWISE_2');
  });

  it('refuses unknown codes, unknown adapter types, duplicate codes and missing credentials', () => {
    const sut = new NbfcAdapterRegistry(rows, ADAPTER_FACTORIES);
    assert.equal(sut.has('NOPE'), false);
    assert.throws(() => sut.get('NOPE'), /No NBFC partner configured with code NOPE/);
    assert.throws(() => new NbfcAdapterRegistry([{ ...rows[0]!, adapterType: 'fax' }], ADAPTER_FACTORIES), /unknown adapterType fax/);
    assert.throws(() => new NbfcAdapterRegistry([rows[0]!, rows[0]!], ADAPTER_FACTORIES), /configured twice/);
    assert.throws(() => new NbfcAdapterRegistry([{ ...rows[0]!, credentials: {} }], ADAPTER_FACTORIES), /apiKey/);
  });

  it('keeps NorthstarAdapter behind its wrapper', () => {
    assert.ok(!(new NbfcAdapterRegistry(rows, ADAPTER_FACTORIES).get('NORTHSTAR') instanceof NorthstarAdapter));
  });
});
