import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calculateEmi } from './emi.calculator.js';
import { Decimal } from './money.js';

const emiOf = (principal: string, rate: string, months: number) =>
  calculateEmi(new Decimal(principal), new Decimal(rate), months).toFixed(2);

describe('calculateEmi', () => {
  it('gives ₹969.73 for the RBI KFS example (₹20,000 at 15% for 24 months)', () => {
    assert.equal(emiOf('20000', '15', 24), '969.73');
  });

  it('divides the principal evenly at 0%, rounding half-up', () => {
    assert.equal(emiOf('100000', '0', 12), '8333.33');
    assert.equal(emiOf('1000.02', '0', 4), '250.01'); // 250.005
  });

  it('rounds an exact half-paisa EMI up', () => {
    // 1,000.20 × (1 + 10/1200) = 1,008.535 exactly
    assert.equal(emiOf('1000.20', '10', 1), '1008.54');
  });

  it('handles a basis-point rate', () => {
    assert.equal(emiOf('500000', '10.125', 60), '10654.30');
  });

  it('keeps ten crore at 60% over 480 months exact', () => {
    // exact EMI is 5,000,000.00033…: the principal part is a fraction of a paisa
    assert.equal(emiOf('100000000', '60', 480), '5000000.00');
  });

  it('matches a home loan of ₹25 lakh at 8.5% over 40 years', () => {
    assert.equal(emiOf('2500000', '8.5', 480), '18327.35');
  });
});
