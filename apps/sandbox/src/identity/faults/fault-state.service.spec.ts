import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IdentitySource } from '../identity-source.js';
import { FaultStateService } from './fault-state.service.js';
import type { SetFaultDto } from './set-fault.dto.js';

const modesOf = (sut: FaultStateService, source: IdentitySource, count: number) =>
  Array.from({ length: count }, () => sut.next(source).mode);

describe('FaultStateService', () => {
  it('lets every request through when no fault is set', () => {
    const sut = new FaultStateService();
    assert.deepEqual(modesOf(sut, IdentitySource.Pan, 3), ['none', 'none', 'none']);
    assert.deepEqual(sut.viewAll(), {
      pan: { mode: 'none' },
      aadhaar: { mode: 'none' },
      ckyc: { mode: 'none' },
      'bank-account': { mode: 'none' },
    });
  });

  it('faults only the source it is set on, until reset', () => {
    const sut = new FaultStateService();
    sut.set(IdentitySource.Aadhaar, { mode: 'error' });
    assert.equal(sut.next(IdentitySource.Aadhaar).mode, 'error');
    assert.equal(sut.next(IdentitySource.Pan).mode, 'none');
    sut.resetAll();
    assert.equal(sut.next(IdentitySource.Aadhaar).mode, 'none');
  });

  it('recovers after failNext faults and shows the countdown meanwhile', () => {
    const sut = new FaultStateService();
    sut.set(IdentitySource.Ckyc, { mode: 'rate_limit', failNext: 2 });
    assert.equal(sut.next(IdentitySource.Ckyc).mode, 'rate_limit');
    assert.deepEqual(sut.view(IdentitySource.Ckyc), { mode: 'rate_limit', failNext: 1 });
    assert.deepEqual(modesOf(sut, IdentitySource.Ckyc, 3), ['rate_limit', 'none', 'none']);
    assert.deepEqual(sut.view(IdentitySource.Ckyc), { mode: 'none' });
  });

  it('spreads a ratio evenly, starting with a fault', () => {
    const sut = new FaultStateService();
    sut.set(IdentitySource.Pan, { mode: 'not_found', ratio: 0.5 });
    assert.deepEqual(modesOf(sut, IdentitySource.Pan, 4), ['not_found', 'none', 'not_found', 'none']);
    sut.set(IdentitySource.Pan, { mode: 'error', ratio: 0.3 });
    assert.equal(modesOf(sut, IdentitySource.Pan, 10).filter((mode) => mode === 'error').length, 3);
    sut.set(IdentitySource.Pan, { mode: 'error', ratio: 0 });
    assert.deepEqual(modesOf(sut, IdentitySource.Pan, 3), ['none', 'none', 'none']);
  });

  it('counts failNext in faults given, not requests seen, when combined with a ratio', () => {
    const sut = new FaultStateService();
    sut.set(IdentitySource.Pan, { mode: 'error', ratio: 0.5, failNext: 2 });
    assert.deepEqual(modesOf(sut, IdentitySource.Pan, 5), ['error', 'none', 'error', 'none', 'none']);
  });

  it('gives slow and timeout their latency, with defaults', () => {
    const sut = new FaultStateService();
    sut.set(IdentitySource.Pan, { mode: 'slow', latencyMs: 250 });
    assert.deepEqual(sut.next(IdentitySource.Pan), { mode: 'slow', latencyMs: 250 });
    sut.set(IdentitySource.Pan, { mode: 'timeout' });
    assert.deepEqual(sut.next(IdentitySource.Pan), { mode: 'timeout', latencyMs: 30_000 });
  });

  it('clears a fault set to none, and hides settings left undefined', () => {
    const sut = new FaultStateService();
    const setting: SetFaultDto = { mode: 'error', latencyMs: undefined };
    assert.deepEqual(sut.set(IdentitySource.Pan, setting), { mode: 'error' });
    sut.set(IdentitySource.Pan, { mode: 'none' });
    assert.equal(sut.next(IdentitySource.Pan).mode, 'none');
  });
});
