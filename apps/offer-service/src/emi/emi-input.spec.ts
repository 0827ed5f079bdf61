import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { validateEmiInput } from './emi-input.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';

const valid = { principal: 20_000, annualRatePercent: 15, tenureMonths: 24 };

type Rejection = [name: string, override: Record<string, unknown>, code: EmiErrorCode, field: string];

const notNumbers = ['20000', [20000], Number.NaN, Number.POSITIVE_INFINITY, null, true, {}];
const eachValue = (field: string, code: EmiErrorCode, values: unknown[]): Rejection[] =>
  values.map((value) => [`${field} ${inspect(value)}`, { [field]: value }, code, field]);

const rejections: Rejection[] = [
  ...eachValue('principal', EmiErrorCode.InvalidPrincipal, [999.99, 100_000_000.01, 1000.001, 0, -5000, undefined, ...notNumbers]),
  ...eachValue('annualRatePercent', EmiErrorCode.InvalidRate, [-0.01, 60.01, 10.12345, undefined, ...notNumbers]),
  ...eachValue('tenureMonths', EmiErrorCode.InvalidTenure, [0, 481, 12.5, -12, undefined, ...notNumbers]),
  ['fee percent above 100', { processingFeePercent: 100.01 }, EmiErrorCode.InvalidFees, 'processingFeePercent'],
  ['fee percent as text', { processingFeePercent: '2' }, EmiErrorCode.InvalidFees, 'processingFeePercent'],
  ['negative flat fee', { processingFeeFlat: -1 }, EmiErrorCode.InvalidFees, 'processingFeeFlat'],
  ['flat fee in fractions of a paisa', { processingFeeFlat: 10.001 }, EmiErrorCode.InvalidFees, 'processingFeeFlat'],
  ['GST as null', { gstRatePercent: null }, EmiErrorCode.InvalidFees, 'gstRatePercent'],
  ['other charges NaN', { otherCharges: Number.NaN }, EmiErrorCode.InvalidFees, 'otherCharges'],
  ['a lone disbursal date', { disbursalDate: '2025-01-15' }, EmiErrorCode.InvalidDates, 'firstEmiDate'],
  ['an impossible date', { disbursalDate: '2025-02-30', firstEmiDate: '2025-03-30' }, EmiErrorCode.InvalidDates, 'disbursalDate'],
  ['an early first EMI', { disbursalDate: '2025-01-15', firstEmiDate: '2025-02-01' }, EmiErrorCode.InvalidDates, 'firstEmiDate'],
];

describe('validateEmiInput', () => {
  for (const [name, override, code, field] of rejections) {
    it(`rejects ${name} with ${code}`, () => {
      assert.throws(
        () => validateEmiInput({ ...valid, ...override }),
        (error: unknown) => error instanceof EmiInputError && error.code === code && error.field === field,
      );
    });
  }

  it('rejects an input that is not an object', () => {
    for (const input of [null, [], 'loan', 42]) {
      assert.throws(
        () => validateEmiInput(input),
        (error: unknown) => (error as EmiInputError).code === EmiErrorCode.InvalidInput,
      );
    }
  });

  it('names the rule in the message', () => {
    assert.throws(() => validateEmiInput({ ...valid, principal: 500 }), {
      name: 'EmiInputError',
      message: 'principal must be a number with at most 2 decimals from 1000 to 100000000',
    });
  });

  it('accepts the bounds and fills the defaults', () => {
    for (const bounds of [
      { principal: 1000, annualRatePercent: 0, tenureMonths: 1 },
      { principal: 100_000_000, annualRatePercent: 60, tenureMonths: 480 },
    ]) {
      assert.doesNotThrow(() => validateEmiInput(bounds));
    }
    const terms = validateEmiInput({ ...valid, annualRatePercent: 10.1234 });
    assert.equal(terms.annualRatePercent.toString(), '10.1234');
    assert.equal(terms.gstRatePercent.toString(), '18');
    assert.equal(terms.processingFeeFlat.toString(), '0');
    assert.equal(terms.firstEmi, undefined);
  });
});
