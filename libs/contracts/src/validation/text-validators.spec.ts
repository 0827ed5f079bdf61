import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isInstantWithin, isSafeText } from './text-validators.js';

describe('isSafeText', () => {
  it('accepts names and addresses in any script, with punctuation', () => {
    for (const text of ['Asha Verma', "D'Souza-Pinto", 'आशा वर्मा', '12/3, 4th Cross, Koramangala', 'Flat #5 (Near Temple)']) {
      assert.equal(isSafeText(text), true, text);
    }
  });

  it('refuses C0 and C1 controls, CR/LF, tabs, bidi overrides and isolates, and line separators', () => {
    for (const text of [
      'a\nb',
      'a\r\nb',
      'a\tb',
      'a\u0000b',
      'a\u001bb',
      'a\u007fb',
      'a\u0085b',
      'a\u202eb',
      'a\u202ab',
      'a\u2066b',
      'a\u2069b',
      'a\u2028b',
    ]) {
      assert.equal(isSafeText(text), false, JSON.stringify(text));
    }
    assert.equal(isSafeText(42), false);
  });
});

describe('isInstantWithin', () => {
  const now = Date.parse('2026-12-06T10:00:00Z');
  const day = 86_400_000;

  it('accepts an instant inside the window, with any offset', () => {
    assert.equal(isInstantWithin('2026-12-06T09:00:00Z', day, 300_000, now), true);
    assert.equal(isInstantWithin('2026-12-06T15:30:00.123+05:30', day, 300_000, now), true);
    assert.equal(isInstantWithin('2026-12-06T10:04:59Z', day, 300_000, now), true);
  });

  it('refuses year 0001, the far future, a day and a bit ago, and what is not an instant', () => {
    for (const value of [
      '0001-01-01T00:00:00Z',
      '2099-01-01T00:00:00Z',
      '2026-12-05T09:59:59Z',
      '2026-12-06T10:05:01Z',
      '2026-12-06',
      'now',
      12,
    ]) {
      assert.equal(isInstantWithin(value, day, 300_000, now), false, String(value));
    }
  });
});
