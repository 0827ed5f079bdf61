import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EmiErrorCode } from './emi-input.exception.js';
import { Decimal } from './money.js';
import { readNumberField } from './number-field.js';

const rule = { min: 0, max: 100_000_000, decimals: 2 };
const accepts = (value: number) => {
  try {
    return readNumberField(value, 'amount', EmiErrorCode.InvalidFees, rule) === value;
  } catch {
    return false;
  }
};

describe('readNumberField', () => {
  it('counts decimals as written, exponent notation included', () => {
    for (const value of [0, 1000, 1000.2, 1000.25, 0.07, 99_999_999.99]) assert.ok(accepts(value), String(value));
    for (const value of [1000.001, 0.1 + 0.2, 1e-7, 1.5e-7, 100_000_000.01]) assert.ok(!accepts(value), String(value));
    assert.ok(Object.is(readNumberField(-0, 'amount', EmiErrorCode.InvalidFees, rule), 0));
  });

  it('accepts exactly the numbers decimal.js reads with at most the allowed decimals', () => {
    const valueArb = fc.oneof(
      fc.double({ min: 0, max: 100_000_000, noNaN: true }),
      fc.integer({ min: 0, max: 10_000_000_000 }).map((paise) => paise / 100),
      fc.integer({ min: 0, max: 1_000_000_000 }).map((milli) => milli / 1000),
    );
    fc.assert(
      fc.property(valueArb, (value) => assert.equal(accepts(value), new Decimal(value).decimalPlaces() <= rule.decimals)),
      { numRuns: 5000 },
    );
  });
});
