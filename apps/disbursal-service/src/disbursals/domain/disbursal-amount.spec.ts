import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPaidAmount, isConsistentKfs, netDisbursalOf } from './disbursal-amount.js';

describe('disbursal amounts', () => {
  it('nets the processing fee and its GST off the sanctioned amount, in exact paise', () => {
    assert.equal(netDisbursalOf({ sanctionedAmount: '250000.00', processingFee: '5000.00', gstOnFees: '900.00' }), '244100.00');
    assert.equal(netDisbursalOf({ sanctionedAmount: '100000.10', processingFee: '1000.05', gstOnFees: '180.01' }), '98820.04');
  });

  it('accepts KFS figures only when the net named is that difference and above zero', () => {
    const figures = { sanctionedAmount: '250000.00', processingFee: '5000.00', gstOnFees: '900.00' };
    assert.equal(isConsistentKfs({ ...figures, netDisbursal: '244100.00' }), true);
    assert.equal(isConsistentKfs({ ...figures, netDisbursal: '244100.01' }), false);
    assert.equal(isConsistentKfs({ sanctionedAmount: '100.00', processingFee: '100.00', gstOnFees: '0.00', netDisbursal: '0.00' }), false);
  });

  it('matches a reported amount equal to the expected one in any decimal form, or none at all', () => {
    assert.deepEqual(checkPaidAmount('244100.00', '244100'), { matches: true });
    assert.deepEqual(checkPaidAmount('244100.00', '244100.0'), { matches: true });
    assert.deepEqual(checkPaidAmount('244100.00', undefined), { matches: true });
  });

  it('reports a different amount with both figures, to the paisa', () => {
    assert.deepEqual(checkPaidAmount('244100.00', '244099.99'), { matches: false, reported: '244099.99', expected: '244100.00' });
    assert.deepEqual(checkPaidAmount('244100.00', '245100'), { matches: false, reported: '245100.00', expected: '244100.00' });
  });
});
