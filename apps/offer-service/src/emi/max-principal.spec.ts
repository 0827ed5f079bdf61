import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { calculateEmi } from './emi.calculator.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { maxPrincipalForEmi } from './max-principal.js';
import { Decimal } from './money.js';

function assertLargestWithinEmi(maxEmi: number, rate: number, months: number): Decimal {
  const principal = maxPrincipalForEmi(maxEmi, rate, months);
  const emiOf = (amount: Decimal) => calculateEmi(amount, new Decimal(rate), months);
  assert.ok(principal.isInteger() && principal.gte(0));
  assert.ok(emiOf(principal).lte(maxEmi), `EMI of ${principal} exceeds ${maxEmi}`);
  assert.ok(emiOf(principal.plus(1)).gt(maxEmi), `${principal} + 1 still fits ${maxEmi}`);
  return principal;
}

describe('maxPrincipalForEmi', () => {
  it('inverts the RBI example: an EMI of 969.73 at 15% over 24 months carries ₹20,000', () => {
    assert.equal(assertLargestWithinEmi(969.73, 15, 24).toString(), '20000');
  });

  it('handles 0%', () => {
    assert.equal(assertLargestWithinEmi(8333.33, 0, 12).toString(), '100000');
  });

  it('excludes a principal whose EMI rounds up past the cap on a half paisa', () => {
    // ₹1,001 / 8 = 125.125 rounds to 125.13
    assert.equal(assertLargestWithinEmi(125.12, 0, 8).toString(), '1000');
  });

  it('is 0 when no rupee fits', () => {
    assert.equal(assertLargestWithinEmi(0, 12, 12).toString(), '0');
    assert.equal(assertLargestWithinEmi(0.5, 60, 1).toString(), '0');
  });

  it('finds the largest fitting rupee for any cap, rate and tenure', () => {
    const caseArb = fc.record({
      maxEmi: fc.integer({ min: 0, max: 1_000_000_000 }).map((paise) => paise / 100),
      rate: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 600_000 }).map((basis) => basis / 10_000),
      ),
      months: fc.integer({ min: 1, max: 480 }),
    });
    fc.assert(
      fc.property(caseArb, ({ maxEmi, rate, months }) => void assertLargestWithinEmi(maxEmi, rate, months)),
      { numRuns: 200 },
    );
  });

  it('rejects bad inputs with their codes', () => {
    const rejects = (call: () => unknown, code: EmiErrorCode) =>
      assert.throws(call, (error: unknown) => error instanceof EmiInputError && error.code === code);
    rejects(() => maxPrincipalForEmi(-1, 12, 12), EmiErrorCode.InvalidMaxEmi);
    rejects(() => maxPrincipalForEmi('5000' as unknown as number, 12, 12), EmiErrorCode.InvalidMaxEmi);
    rejects(() => maxPrincipalForEmi(5000.001, 12, 12), EmiErrorCode.InvalidMaxEmi);
    rejects(() => maxPrincipalForEmi(5000, 60.5, 12), EmiErrorCode.InvalidRate);
    rejects(() => maxPrincipalForEmi(5000, 12, 0), EmiErrorCode.InvalidTenure);
  });
});
