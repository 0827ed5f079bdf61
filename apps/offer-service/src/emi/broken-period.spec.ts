import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brokenPeriodInterest, resolveFirstEmi } from './broken-period.js';
import { formatIsoDate } from './calendar-date.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { Decimal } from './money.js';

const datesError = (field: string) => (error: unknown) =>
  error instanceof EmiInputError && error.code === EmiErrorCode.InvalidDates && error.field === field;

describe('resolveFirstEmi', () => {
  it('counts the days past the regular first EMI date (disbursal + 1 month, clamped)', () => {
    const firstEmi = resolveFirstEmi('2025-01-31', '2025-03-10');
    assert.equal(firstEmi && formatIsoDate(firstEmi.date), '2025-03-10');
    assert.equal(firstEmi?.brokenPeriodDays, 10); // regular date 2025-02-28
    assert.equal(resolveFirstEmi('2024-01-31', '2024-03-10')?.brokenPeriodDays, 10); // regular 2024-02-29
    assert.equal(resolveFirstEmi('2025-01-15', '2025-02-15')?.brokenPeriodDays, 0);
  });

  it('is absent without dates', () => {
    assert.equal(resolveFirstEmi(undefined, undefined), undefined);
  });

  it('rejects a first EMI earlier than one month after disbursal', () => {
    assert.throws(() => resolveFirstEmi('2025-01-15', '2025-02-14'), datesError('firstEmiDate'));
  });

  it('rejects a first EMI more than two months after disbursal', () => {
    assert.doesNotThrow(() => resolveFirstEmi('2025-01-15', '2025-03-15'));
    assert.throws(() => resolveFirstEmi('2025-01-15', '2025-03-16'), datesError('firstEmiDate'));
  });

  it('rejects a lone date, a malformed date and a non-string', () => {
    assert.throws(() => resolveFirstEmi('2025-01-15', undefined), datesError('firstEmiDate'));
    assert.throws(() => resolveFirstEmi(undefined, '2025-02-15'), datesError('disbursalDate'));
    assert.throws(() => resolveFirstEmi('2025-02-30', '2025-03-30'), datesError('disbursalDate'));
    assert.throws(() => resolveFirstEmi('2025-01-15', 20250215), datesError('firstEmiDate'));
  });
});

describe('brokenPeriodInterest', () => {
  it('charges actual/365 simple interest on the principal, rounded half-up', () => {
    // 1,00,000 × 12% × 10 / 365 = 328.767…
    assert.equal(brokenPeriodInterest(new Decimal(100_000), new Decimal(12), 10).toFixed(2), '328.77');
    // 1,000 × 6.0225% × 1 / 365 = 0.165 exactly
    assert.equal(brokenPeriodInterest(new Decimal(1000), new Decimal('6.0225'), 1).toFixed(2), '0.17');
    assert.equal(brokenPeriodInterest(new Decimal(1000), new Decimal(12), 0).toFixed(2), '0.00');
  });
});
