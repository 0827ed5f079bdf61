import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseThresholdTable, thresholdsFor } from './kyc-thresholds.js';

describe('KYC thresholds', () => {
  const table = parseThresholdTable({ default: { match: 80, review: 55 }, NBFC_A: { match: 90, review: 70 } });

  it("picks a partner's thresholds, else the default", () => {
    assert.deepEqual(thresholdsFor(table, 'NBFC_A'), { match: 90, review: 70 });
    assert.deepEqual(thresholdsFor(table, 'OTHER'), { match: 80, review: 55 });
    assert.deepEqual(thresholdsFor(table, null), { match: 80, review: 55 });
    assert.deepEqual(thresholdsFor(table, 'toString'), { match: 80, review: 55 });
  });

  it('refuses a table without a default or with bands out of order, naming the variable', () => {
    assert.throws(() => parseThresholdTable({ NBFC_A: { match: 90, review: 70 } }), /KYC_THRESHOLDS/);
    assert.throws(() => parseThresholdTable({ default: { match: 50, review: 70 } }), /KYC_THRESHOLDS/);
    assert.throws(() => parseThresholdTable([]), /KYC_THRESHOLDS/);
  });
});
