import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, daysBetween, formatIsoDate, parseIsoDate } from './calendar-date.js';

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
});
