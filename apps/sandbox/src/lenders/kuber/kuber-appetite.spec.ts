import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kuberDecision } from './kuber-appetite.js';

describe('kuberDecision', () => {
  it('approves ₹50,000 to ₹5,00,000 for scores of 700 and above, priced by score', () => {
    assert.deepEqual(kuberDecision({ amountPaise: 50_000_00n, tenureMonths: 12, score: 700 }), {
      approved: true,
      amountPaise: 50_000_00n,
      tenureMonths: 12,
      ratePercent: '15.50',
      feePaise: 1_000_00n,
    });
    const best = kuberDecision({ amountPaise: 5_00_000_00n, tenureMonths: 60, score: 820 });
    assert.equal(best.approved && best.ratePercent, '13.50');
    const odd = kuberDecision({ amountPaise: 12_345_678n, tenureMonths: 24, score: 760 });
    assert.equal(odd.approved && odd.feePaise, 246_913n);
  });

  it('declines outside its appetite with every reason', () => {
    assert.deepEqual(kuberDecision({ amountPaise: 49_999_99n, tenureMonths: 3, score: 699 }), {
      approved: false,
      reasons: ['AMOUNT_BELOW_50000', 'TENURE_OUT_OF_RANGE', 'SCORE_BELOW_700'],
    });
    assert.deepEqual(kuberDecision({ amountPaise: 5_00_000_01n, tenureMonths: 12, score: 800 }), {
      approved: false,
      reasons: ['AMOUNT_ABOVE_500000'],
    });
  });
});
