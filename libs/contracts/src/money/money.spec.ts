import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateSync } from 'class-validator';
import { formatMoney, formatMoneyOrNull, formatPaise, IsMoney, paiseOf, tryPaiseOf } from './money.js';

describe('money on the wire', () => {
  it('formats integer paise with exactly two decimals, from the integer alone', () => {
    assert.deepEqual([0, 5, 50, 100, 34910388, 1_000_000_000_00, -250].map(formatPaise), [
      '0.00',
      '0.05',
      '0.50',
      '1.00',
      '349103.88',
      '1000000000.00',
      '-2.50',
    ]);
    assert.throws(() => formatPaise(1.5), RangeError);
    assert.throws(() => formatPaise(Number.MAX_SAFE_INTEGER + 2), RangeError);
  });

  it('sums 24 instalments exactly where floats drift (349103.8799999999 in binary floating point)', () => {
    const emi = '14545.99';
    const floatSum = Array.from({ length: 24 }, () => Number(emi)).reduce((a, b) => a + b, 0);
    assert.notEqual(String(floatSum), '349103.76');
    const paise = Array.from({ length: 24 }, () => paiseOf(emi)).reduce((a, b) => a + b, 0);
    assert.equal(formatPaise(paise), '349103.76');
  });

  it('reads decimal strings, DECIMAL column values and legacy JSON numbers to the same paise', () => {
    assert.deepEqual(
      ['250000', '250000.5', '250000.50', 250000.5, 0.1, '0.07', 12].map((value) => paiseOf(value)),
      [25_000_000, 25_000_050, 25_000_050, 25_000_050, 10, 7, 1200],
    );
    assert.equal(formatMoney('85000.00'), '85000.00');
    assert.equal(formatMoney(969.73), '969.73');
    assert.deepEqual([formatMoneyOrNull(null), formatMoneyOrNull('1.2')], [null, '1.20']);
  });

  it('refuses what is not an amount with at most two decimals', () => {
    for (const value of ['1.234', '1e3', ' 12', '12.', '.5', 'abc', '', 0.1 + 0.2, 1e21, Number.NaN, Infinity, null, true, [1], {}]) {
      assert.equal(tryPaiseOf(value), undefined, String(value));
    }
    assert.throws(() => paiseOf('1.234'), RangeError);
  });

  it('validates request amounts within bounds, as strings or (deprecated) numbers', () => {
    class Body {
      @IsMoney(1_000, 100_000_000) amount: unknown;
    }
    const errors = (amount: unknown) => validateSync(Object.assign(new Body(), { amount })).length;
    assert.deepEqual(['250000.50', '1000', 250000, 100_000_000, '100000000.00'].map(errors), [0, 0, 0, 0, 0]);
    assert.deepEqual(['999.99', '100000000.01', '12.345', 12.345, 'twelve', undefined].map(errors), [1, 1, 1, 1, 1, 1]);
  });
});
