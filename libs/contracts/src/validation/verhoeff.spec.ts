import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasValidVerhoeffDigit, isValidAadhaar, verhoeffDigitFor } from './verhoeff.js';

describe('Verhoeff check digit', () => {
  it('matches the published example (236 → 3)', () => {
    assert.equal(verhoeffDigitFor('236'), 3);
    assert.ok(hasValidVerhoeffDigit('2363'));
  });

  it('catches every single-digit error and adjacent transposition of a valid number', () => {
    const valid = `23456789012${verhoeffDigitFor('23456789012')}`;
    assert.ok(isValidAadhaar(valid));
    for (let i = 0; i < 12; i++) {
      for (let d = 0; d <= 9; d++) {
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        if (changed !== valid) assert.equal(hasValidVerhoeffDigit(changed), false, changed);
      }
      if (i < 11 && valid[i] !== valid[i + 1]) {
        const swapped = valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2);
        assert.equal(hasValidVerhoeffDigit(swapped), false, swapped);
      }
    }
  });

  it('refuses numbers starting with 0 or 1 and the wrong length', () => {
    const body = '13456789012';
    assert.equal(isValidAadhaar(`${body}${verhoeffDigitFor(body)}`), false);
    assert.equal(isValidAadhaar('2345678901'), false);
  });
});
