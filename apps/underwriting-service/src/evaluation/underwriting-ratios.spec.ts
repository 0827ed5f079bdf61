import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ageAtMaturityOf, existingEmisOf, foirOf } from './underwriting-ratios.js';

describe('existingEmisOf', () => {
  it('takes the larger of the declared and the bureau EMIs, or the declared without a report', () => {
    assert.equal(existingEmisOf('12000.00', '3000.00'), '12000.00');
    assert.equal(existingEmisOf('12000.00', '12000.01'), '12000.01');
    assert.equal(existingEmisOf('5000.00', undefined), '5000.00');
  });
});

describe('foirOf', () => {
  it('adds every EMI, the new one included, over the income, to four decimals', () => {
    assert.equal(foirOf('85000.00', ['12000.00', '0.00', '8303.58']), '0.2389');
    assert.equal(foirOf('80000', ['35000.00']), '0.4375');
    assert.equal(foirOf('3', ['1']), '0.3333');
    assert.equal(foirOf('3', ['2']), '0.6667');
  });

  it('is exact where floats are not, and null without an income', () => {
    assert.equal(foirOf('0.30', ['0.10', '0.20']), '1.0000');
    assert.equal(foirOf('0.00', ['100.00']), null);
  });
});

describe('ageAtMaturityOf', () => {
  const today = new Date('2026-12-06T10:00:00Z');
  it('counts whole years at the last instalment', () => {
    assert.equal(ageAtMaturityOf('1990-04-21', 36, today), 39);
    assert.equal(ageAtMaturityOf('1990-12-06', 0, today), 36);
    assert.equal(ageAtMaturityOf('1990-12-07', 0, today), 35);
    assert.equal(ageAtMaturityOf('1966-01-15', 60, today), 65);
  });
});
