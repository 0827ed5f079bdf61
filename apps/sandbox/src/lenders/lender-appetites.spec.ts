import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { northstarDecision } from './northstar/northstar-appetite.js';
import { lendwiseDecision } from './lendwise/lendwise-appetite.js';

describe('lender appetites', () => {
  it('LENDWISE declines income under ₹30,000 or a score under 680', () => {
    const ask = { monthlyIncome: 30_000, creditScore: 680, loanAmount: 200_000, tenureMonths: 12 };
    assert.equal(lendwiseDecision(ask).outcome, 'approved');
    assert.deepEqual(lendwiseDecision({ ...ask, monthlyIncome: 29_999 }), { outcome: 'declined', reasons: ['INCOME_BELOW_MINIMUM'] });
    assert.deepEqual(lendwiseDecision({ ...ask, creditScore: null }), { outcome: 'declined', reasons: ['CREDIT_SCORE_BELOW_MINIMUM'] });
  });

  it('NORTHSTAR caps FOIR at 50% and wants more income from the self-employed', () => {
    const ask = { employmentType: 'SALARIED', monthlyIncome: 60_000, existingEmi: 0, score: 720, principal: 300_000, tenureMonths: 24 };
    assert.equal(northstarDecision(ask).result, 'ELIGIBLE');
    const heavy = northstarDecision({ ...ask, existingEmi: 20_000 });
    assert.equal(heavy.result, 'INELIGIBLE');
    assert.deepEqual(heavy.result === 'INELIGIBLE' && heavy.reasons.map((r) => r.code), ['FOIR_EXCEEDED']);
    const selfEmployed = northstarDecision({ ...ask, employmentType: 'SELF_EMPLOYED', monthlyIncome: 45_000 });
    assert.deepEqual(selfEmployed.result === 'INELIGIBLE' && selfEmployed.reasons.map((r) => r.code), [
      'SELF_EMPLOYED_INCOME_BELOW_MINIMUM',
    ]);
  });
});
