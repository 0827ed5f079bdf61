import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NameLexicon } from './name-lexicon.js';
import { isLexiconOcrSlip } from './ocr-glyph-slip.classifier.js';
import type { NameToken } from './parsed-name.js';

const lexicon = NameLexicon.fromLines(['naik nayak', 'selvan', 'murmu', 'pal paul', 'pai', 'kutty', 'riva', 'siya']);
const token = (text: string) => ({ text, lexicon: lexicon.entryOf(text) }) as NameToken;
const slip = (a: string, b: string) => isLexiconOcrSlip(token(a), token(b));

describe('isLexiconOcrSlip', () => {
  it('accepts a look-alike glyph or rn for m against a listed name', () => {
    assert.ok(slip('naik', 'nalk'));
    assert.ok(slip('seivan', 'selvan'));
    assert.ok(slip('kutty', 'kuttv'));
    assert.ok(slip('murmu', 'murrnu'));
  });

  it('keeps two listed names, short names, other letters and the first letter apart', () => {
    assert.ok(!slip('pal', 'pai'), 'both listed, and short');
    assert.ok(!slip('naik', 'nail'), 'k and l do not look alike');
    assert.ok(!slip('selvan', 'ielvan'), 'the first letter is left to the typo rules');
    assert.ok(!slip('nalk', 'nalq'), 'neither is listed');
    assert.ok(!slip('riva', 'riya'), 'y and v between vowels are two names');
    assert.ok(!slip('siya', 'siva'), 'either way round');
  });
});
