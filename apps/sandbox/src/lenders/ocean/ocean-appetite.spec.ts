import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { oceanDecision } from './ocean-appetite.js';

describe('oceanDecision', () => {
  it('approves incomes of ₹40,000 and above within 55% FOIR, priced by score', () => {
    assert.deepEqual(oceanDecision({ monthlyIncome: 40_000, existingEmi: 0, amount: 300_000, tenureMonths: 36, score: 760 }), {
      approved: true,
      amount: '300000.00',
      tenureMonths: 36,
      interestRate: '15.00',
      processingFee: '3000.00',
    });
    const lower = oceanDecision({ monthlyIncome: 90_000, existingEmi: 10_000, amount: 123_456.78, tenureMonths: 24, score: 700 });
    assert.deepEqual(lower, { approved: true, amount: '123456.78', tenureMonths: 24, interestRate: '17.50', processingFee: '1234.57' });
  });

  it('declines low incomes and EMIs above 55% of income', () => {
    assert.deepEqual(oceanDecision({ monthlyIncome: 39_999, existingEmi: 0, amount: 100_000, tenureMonths: 24, score: 800 }), {
      approved: false,
      reasons: ['INCOME_BELOW_40000'],
    });
    // ₹10,00,000 over 12 months at 15% is an EMI of about ₹90,258: 0.55 × 1,50,000 = 82,500
    assert.deepEqual(oceanDecision({ monthlyIncome: 150_000, existingEmi: 0, amount: 1_000_000, tenureMonths: 12, score: 800 }), {
      approved: false,
      reasons: ['FOIR_ABOVE_55'],
    });
    assert.deepEqual(oceanDecision({ monthlyIncome: 100_000, existingEmi: 52_000, amount: 100_000, tenureMonths: 24, score: 800 }), {
      approved: false,
      reasons: ['FOIR_ABOVE_55'],
    });
  });
});
