import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareDob } from './dob.matcher.js';

describe('compareDob', () => {
  it('matches the same date written differently', () => {
    assert.equal(compareDob('1986-04-09', '09/04/1986').agreement, 'EXACT');
  });

  it('flags a day-month swap for review', () => {
    const result = compareDob('1986-04-09', '1986-09-04');
    assert.equal(result.agreement, 'DAY_MONTH_SWAPPED');
    assert.equal(result.code, 'DOB_DAY_MONTH_SWAPPED');
  });

  it('tells other differences, a year alone, and missing or unreadable dates apart', () => {
    assert.equal(compareDob('1986-04-09', '1986-04-10').agreement, 'DIFFERENT');
    assert.equal(compareDob('1986', '1986-04-09').agreement, 'YEAR_ONLY');
    assert.equal(compareDob('', '1986-04-09').agreement, 'MISSING');
    assert.equal(compareDob('ninth April', '1986-04-09').agreement, 'UNPARSEABLE');
  });
});
