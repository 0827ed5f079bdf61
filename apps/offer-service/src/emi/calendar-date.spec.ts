import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMonths, daysBetween, formatIsoDate, monthlyIsoDates, parseIsoDate } from './calendar-date.js';

const date = (text: string) => parseIsoDate(text) ?? assert.fail(`unparsable ${text}`);
const plusMonths = (text: string, months: number) => formatIsoDate(addMonths(date(text), months));

describe('calendar dates', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    for (const text of ['2025-02-29', '2025-13-01', '2025-04-31', '2025-1-05', '05-01-2025', '2025-01-05T00:00:00Z']) {
      assert.equal(parseIsoDate(text), undefined, text);
    }
  });

  it('adds months from the anchor day, clamping to the month end', () => {
    assert.equal(plusMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(plusMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(plusMonths('2025-01-31', 2), '2025-03-31');
    assert.equal(plusMonths('2025-11-30', 3), '2026-02-28');
    assert.equal(plusMonths('2025-12-15', 1), '2026-01-15');
  });

  it('counts actual days, leap day included', () => {
    assert.equal(daysBetween(date('2024-02-28'), date('2024-03-01')), 2);
    assert.equal(daysBetween(date('2025-02-28'), date('2025-03-10')), 10);
  });

  it('formats years below 1000 with four digits', () => {
    assert.equal(formatIsoDate({ year: 99, month: 1, day: 2 }), '0099-01-02');
    assert.equal(plusMonths('0099-12-31', 2), '0100-02-28');
  });

  it('lists monthly due dates as addMonths from the first one', () => {
    assert.deepEqual(monthlyIsoDates(date('2023-11-30'), 5), ['2023-11-30', '2023-12-30', '2024-01-30', '2024-02-29', '2024-03-30']);
    assert.deepEqual(monthlyIsoDates(date('0999-12-31'), 3), ['0999-12-31', '1000-01-31', '1000-02-28']);
    const firstArb = fc.record({
      year: fc.integer({ min: 1, max: 9000 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    });
    fc.assert(
      fc.property(firstArb, fc.integer({ min: 1, max: 480 }), (first, count) => {
        const firstDue = addMonths(first, 0); // clamps day 31 to the month's end
        assert.deepEqual(
          monthlyIsoDates(firstDue, count),
          Array.from({ length: count }, (_, index) => formatIsoDate(addMonths(firstDue, index))),
        );
      }),
      { numRuns: 200 },
    );
  });
});
