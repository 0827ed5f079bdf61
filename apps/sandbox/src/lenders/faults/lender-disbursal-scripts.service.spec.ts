import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LenderDisbursalScripts } from './lender-disbursal-scripts.service.js';

describe('LenderDisbursalScripts', () => {
  it('scripts the next disbursal of one lender only, once', () => {
    const sut = new LenderDisbursalScripts();
    sut.set('ocean', { outcome: 'failed', failureReason: 'Account frozen', withholdWebhooks: true });
    assert.deepEqual(sut.take('lendwise'), { fails: false, failureReason: '', deltaPaise: 0, withholdWebhooks: false });
    assert.deepEqual(sut.take('ocean'), { fails: true, failureReason: 'Account frozen', deltaPaise: 0, withholdWebhooks: true });
    assert.equal(sut.take('ocean').fails, false);
  });

  it('reads a paid amount delta in exact paise, either sign', () => {
    const sut = new LenderDisbursalScripts();
    assert.equal(sut.set('kuber', { paidAmountDelta: '-100.05' }).deltaPaise, -10_005);
    assert.equal(sut.set('kuber', { paidAmountDelta: '2.50' }).deltaPaise, 250);
  });
});
