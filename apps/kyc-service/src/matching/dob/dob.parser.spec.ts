import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDob } from './dob.parser.js';

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe('parseDob', () => {
  it('reads ISO, day-first, named-month and compact forms', () => {
    assert.deepEqual(parseDob('1986-04-09'), date(1986, 4, 9));
    assert.deepEqual(parseDob('1986-04-09T00:00:00Z'), date(1986, 4, 9));
    assert.deepEqual(parseDob('09/04/1986'), date(1986, 4, 9));
    assert.deepEqual(parseDob('9.4.1986'), date(1986, 4, 9));
    assert.deepEqual(parseDob('09-Apr-1986'), date(1986, 4, 9));
    assert.deepEqual(parseDob('April 9, 1986'), date(1986, 4, 9));
    assert.deepEqual(parseDob('09041986'), date(1986, 4, 9));
  });

  it('falls back to month-first only when day-first is impossible', () => {
    assert.deepEqual(parseDob('04/29/1986'), date(1986, 4, 29));
  });

  it('places a two-digit year in the past', () => {
    assert.deepEqual(parseDob('09/04/86'), date(1986, 4, 9));
    assert.deepEqual(parseDob('10 Oct 98'), date(1998, 10, 10));
    assert.deepEqual(parseDob('Oct 10, 98'), date(1998, 10, 10));
    assert.equal(parseDob('10 Foo 98'), null);
  });

  it('keeps a year of birth alone and rejects impossible dates', () => {
    assert.deepEqual(parseDob('1986'), { year: 1986, month: null, day: null });
    assert.equal(parseDob('31/02/1986'), null);
    assert.equal(parseDob('not known'), null);
  });
});
