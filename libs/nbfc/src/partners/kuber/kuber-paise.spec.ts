import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { paiseToRupees, rupeesToPaise } from './kuber-paise.js';

describe('KUBER paise', () => {
  it('turns rupee strings into integer paise without floating point', () => {
    assert.equal(rupeesToPaise('150000'), '15000000');
    assert.equal(rupeesToPaise('1500.5'), '150050');
    assert.equal(rupeesToPaise('1500.05'), '150005');
    assert.equal(rupeesToPaise('0.1'), '10');
    assert.equal(rupeesToPaise('0.01'), '1');
    assert.equal(rupeesToPaise('0'), '0');
    assert.equal(rupeesToPaise('007.20'), '720');
    // 0.29 * 100 is 28.999999999999996 in floating point
    assert.equal(rupeesToPaise('0.29'), '29');
    assert.equal(rupeesToPaise('90071992547409.93'), '9007199254740993');
  });

  it('refuses amounts that are not rupees with at most 2 decimals', () => {
    for (const bad of ['1.234', '-5', '1e5', '', ' 10', '10.', '.5', '1,000']) {
      assert.throws(() => rupeesToPaise(bad), { code: PartnerErrorCode.Rejected }, bad);
    }
  });

  it('turns paise into rupees with 2 decimals', () => {
    assert.equal(paiseToRupees('15000000'), '150000.00');
    assert.equal(paiseToRupees('150005'), '1500.05');
    assert.equal(paiseToRupees('5'), '0.05');
    assert.equal(paiseToRupees('0'), '0.00');
    assert.equal(paiseToRupees('00120'), '1.20');
  });

  it('treats non-integer paise from KUBER as a bad response', () => {
    for (const bad of ['1500.5', '-100', '1e3', '', 'abc', '12 34']) {
      assert.throws(
        () => paiseToRupees(bad),
        (error: { code: string; retryable: boolean }) => {
          assert.equal(error.code, PartnerErrorCode.BadResponse);
          assert.equal(error.retryable, false);
          return true;
        },
        bad,
      );
    }
  });
});
