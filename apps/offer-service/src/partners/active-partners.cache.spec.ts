import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PartnerRulesRepository } from './partner-rules.repository.js';
import { ACTIVE_PARTNERS_TTL_MS, ActivePartnersCache } from './active-partners.cache.js';

function setup(failFirst = false) {
  let reads = 0;
  let status = 'ACTIVE';
  const repository = {
    listPartners: async () => [
      { code: 'AURUM_PRIME', name: 'Aurum Prime Finance Ltd' },
      { code: 'SETU', name: 'Setu' },
    ],
    findCurrentVersions: async () => {
      reads += 1;
      if (failFirst && reads === 1) throw new Error('mysql away');
      return [
        { partnerCode: 'AURUM_PRIME', version: reads, rules: { status } },
        { partnerCode: 'SETU', version: 1, rules: { status: 'PAUSED' } },
      ];
    },
  } as unknown as PartnerRulesRepository;
  const sut = new ActivePartnersCache(repository);
  let clock = 0;
  sut.now = () => clock;
  return {
    sut,
    reads: () => reads,
    advance: (ms: number) => {
      clock += ms;
    },
    pause: () => {
      status = 'PAUSED';
    },
  };
}

describe('ActivePartnersCache', () => {
  it('keeps only ACTIVE partners with their names and reads again once the TTL has passed', async () => {
    const { sut, reads, advance } = setup();
    assert.deepEqual(await sut.current(), [
      { code: 'AURUM_PRIME', name: 'Aurum Prime Finance Ltd', version: 1, rules: { status: 'ACTIVE' } },
    ]);
    advance(ACTIVE_PARTNERS_TTL_MS - 1);
    await sut.current();
    assert.equal(reads(), 1);
    advance(1);
    assert.equal((await sut.current())[0]!.version, 2);
  });

  it('reads at once after this replica publishes, and never keeps a failed read', async () => {
    const { sut, reads, pause } = setup(true);
    await assert.rejects(sut.current(), /mysql away/);
    assert.equal((await sut.current())[0]!.version, 2, 'the failure was not cached');
    pause();
    sut.invalidate();
    assert.deepEqual(await sut.current(), []);
    assert.equal(reads(), 3);
  });
});
