import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LenderFaultStateService } from './lender-fault-state.service.js';

const modes = (sut: LenderFaultStateService, code: string, count: number) => Array.from({ length: count }, () => sut.next(code).mode);

describe('LenderFaultStateService', () => {
  it('faults only the lender it is set on, and recovers after failNext', () => {
    const sut = new LenderFaultStateService();
    sut.set('lendwise', { mode: 'error', failNext: 2 });
    assert.deepEqual(modes(sut, 'lendwise', 3), ['error', 'error', 'none']);
    assert.deepEqual(modes(sut, 'northstar', 2), ['none', 'none']);
  });

  it('spreads a ratio evenly, the first request faulted', () => {
    const sut = new LenderFaultStateService();
    sut.set('lendwise', { mode: 'error', ratio: 0.5 });
    assert.deepEqual(modes(sut, 'lendwise', 4), ['error', 'none', 'error', 'none']);
  });

  it('gives rate limits their Retry-After and holds their latency, with defaults', () => {
    const sut = new LenderFaultStateService();
    sut.set('lendwise', { mode: 'rate_limit', retryAfterSeconds: 9 });
    assert.deepEqual(sut.next('lendwise'), { mode: 'rate_limit', retryAfterSeconds: 9 });
    sut.set('lendwise', { mode: 'timeout' });
    assert.deepEqual(sut.next('lendwise'), { mode: 'timeout', latencyMs: 30_000 });
  });

  it('keeps webhook faults apart from request faults, past the last request fault', () => {
    const sut = new LenderFaultStateService();
    sut.set('northstar', { mode: 'error', failNext: 1, webhooks: { duplicate: true } });
    assert.deepEqual(sut.webhookFaults('northstar'), { duplicate: true, outOfOrder: false });
    assert.deepEqual(modes(sut, 'northstar', 2), ['error', 'none']);
    assert.deepEqual(sut.webhookFaults('northstar'), { duplicate: true, outOfOrder: false });
    sut.reset('northstar');
    assert.deepEqual(sut.view('northstar'), { mode: 'none' });
  });

  it('faults only the route it names, leaving other routes untouched and its count unspent', () => {
    const sut = new LenderFaultStateService();
    const disburse = 'POST /lenders/lendwise/v1/applications/:id/disbursals';
    sut.set('lendwise', { mode: 'reject', failNext: 1, route: disburse });
    assert.deepEqual(sut.next('lendwise', 'GET /lenders/lendwise/v1/applications/:id/disbursal'), { mode: 'none' });
    assert.deepEqual(sut.next('lendwise', 'POST /lenders/lendwise/v1/quotes'), { mode: 'none' });
    assert.deepEqual(sut.next('lendwise', disburse), { mode: 'reject' });
    assert.deepEqual(sut.next('lendwise', disburse), { mode: 'none' });
  });
});
