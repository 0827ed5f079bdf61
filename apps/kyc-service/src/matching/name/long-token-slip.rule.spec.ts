import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { longTokenSlipEdit } from './long-token-slip.rule.js';
import { parseName } from './name.parser.js';

const token = (word: string) => parseName(word).tokens[0];
const slip = (a: string, b: string) => longTokenSlipEdit(token(a), token(b));

describe('longTokenSlipEdit', () => {
  it('reads one keying or OCR slip in a long name part as a slip', () => {
    assert.equal(slip('Parveen', 'Parveem')?.kind, 'substitute');
    assert.equal(slip('Scindia', 'Scindai')?.kind, 'transpose');
    assert.equal(slip('Bhosale', 'Bhosake')?.kind, 'substitute');
    assert.equal(slip('Deshpande', 'Deshpannde')?.kind, 'insert');
    assert.equal(slip('Chaturvedi', 'Chaturvdi')?.kind, 'insert');
  });

  it('refuses six-letter names, where one keying slip makes another name (Sharad / Sharat, Nitish / Nitesh)', () => {
    assert.equal(slip('Sharad', 'Sharat'), null);
    assert.equal(slip('Nitish', 'Nitesh'), null);
  });

  it('refuses the edits that make another long name', () => {
    assert.equal(slip('Shyamal', 'Shyamla'), null, 'a final swap moving the female "a"');
    assert.equal(slip('Pradeepa', 'Pradeep'), null, 'a final vowel (gender)');
    assert.equal(slip('Sasmita', 'Susmita'), null, 'the first vowel');
    assert.equal(slip('Shivani', 'Shivangi'), null, 'a consonant after "n"');
    assert.equal(slip('Navneet', 'Navjeet'), null, 'a consonant that is no neighbouring key');
    assert.equal(slip('Sukanya', 'Sukanta'), null, 'a listed sound-alike pair');
    assert.equal(slip('Ravindra', 'Savindra'), null, 'the first letter');
    assert.equal(slip('Harpreet', 'Harmeet'), null, 'more than one edit');
  });
});
