import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transliterateDevanagari } from './devanagari.transliterator.js';
import { NameMatcher } from './name.matcher.js';

describe('transliterateDevanagari', () => {
  it('drops the final inherent vowel but keeps it after a cluster', () => {
    assert.equal(transliterateDevanagari('सुरेश मिश्र'), 'suresh mishra');
    assert.equal(transliterateDevanagari('नरेंद्र'), 'narendra');
  });

  it('reads vowel signs, nasals, nukta and ज्ञ', () => {
    assert.equal(transliterateDevanagari('ज़ैनब'), 'zainab');
    assert.equal(transliterateDevanagari('संगीता'), 'sangeetaa');
    assert.equal(transliterateDevanagari('ज्ञानेश'), 'gyaanesh');
  });

  it('lets a Devanagari record match its Latin spelling', () => {
    const result = new NameMatcher().match('सुरेश चंद्र मिश्रा', 'Suresh Chandra Mishra');
    assert.equal(result.decision, 'MATCH');
    assert.equal(result.reasons[0].code, 'SCRIPT_TRANSLITERATED');
  });
});
