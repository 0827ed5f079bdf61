import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quoteLoan } from './emi-quote.js';
import { toEmiQuoteJson } from './emi-quote.mapper.js';

describe('toEmiQuoteJson', () => {
  it('turns every amount into a number with at most two decimals', () => {
    const json = toEmiQuoteJson(
      quoteLoan({ principal: 123_456.78, annualRatePercent: 13.49, tenureMonths: 36, processingFeePercent: 1.5 }),
    );
    const numbers = [
      ...Object.values(json).filter((value) => typeof value === 'number'),
      ...json.schedule.flatMap(({ installment: _installment, ...amounts }) => Object.values(amounts)),
    ];
    assert.equal(numbers.length, 9 + 36 * 5);
    for (const value of numbers) assert.match(JSON.stringify(value), /^\d+(\.\d{1,2})?$/);
    assert.deepEqual(json.schedule[0], {
      installment: 1,
      opening: 123_456.78,
      emi: 4188.94,
      interest: 1387.86,
      principal: 2801.08,
      closing: 120_655.7,
    });
  });

  it('adds dueDate only when the loan has dates', () => {
    const dated = toEmiQuoteJson(
      quoteLoan({ principal: 10_000, annualRatePercent: 10, tenureMonths: 2, disbursalDate: '2025-01-10', firstEmiDate: '2025-02-10' }),
    );
    assert.deepEqual(
      dated.schedule.map((row) => row.dueDate),
      ['2025-02-10', '2025-03-10'],
    );
    assert.ok(JSON.stringify(dated.schedule[0]).startsWith('{"installment":1,"dueDate":"2025-02-10","opening":10000,'));
  });
});
