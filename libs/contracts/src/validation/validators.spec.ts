import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateSync } from 'class-validator';
import { ageOn, parseCalendarDate } from './calendar-date.js';
import { IsDateOfBirth, IsSafeDocument } from './validators.js';

class Probe {
  @IsDateOfBirth(18, 75) dob: string;
  @IsSafeDocument(200) extra: unknown;
}

const errorsOf = (dob: string, extra: unknown = {}) =>
  validateSync(Object.assign(new Probe(), { dob, extra })).map((error) => error.property);

describe('calendar dates', () => {
  it('rejects impossible dates and other formats', () => {
    assert.equal(parseCalendarDate('2023-02-29'), null);
    assert.equal(parseCalendarDate('1990-1-5'), null);
    assert.deepEqual(parseCalendarDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  });

  it('counts a birthday only once it has come', () => {
    const dob = { year: 2000, month: 6, day: 15 };
    assert.equal(ageOn(dob, new Date(Date.UTC(2018, 5, 14))), 17);
    assert.equal(ageOn(dob, new Date(Date.UTC(2018, 5, 15))), 18);
  });
});

describe('DTO validators', () => {
  it('checks a date of birth for the age range', () => {
    const year = new Date().getUTCFullYear();
    assert.deepEqual(errorsOf(`${year - 30}-01-01`), []);
    assert.deepEqual(errorsOf(`${year - 10}-01-01`), ['dob']);
    assert.deepEqual(errorsOf(`${year - 90}-01-01`), ['dob']);
  });

  it('refuses extra documents with operator or dotted keys, or over the size', () => {
    assert.deepEqual(errorsOf('1990-01-01', { a: { 'b.c': 1 } }), ['extra']);
    assert.deepEqual(errorsOf('1990-01-01', { list: [{ $gt: 1 }] }), ['extra']);
    assert.deepEqual(errorsOf('1990-01-01', { big: 'x'.repeat(300) }), ['extra']);
    assert.deepEqual(errorsOf('1990-01-01', { employer: 'Infosys', tags: ['a'] }), []);
  });
});
