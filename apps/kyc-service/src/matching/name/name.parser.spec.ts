import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseName } from './name.parser.js';

const words = (name: string) => parseName(name).tokens.map((token) => token.text);

describe('parseName', () => {
  it('drops case, punctuation and leading or trailing titles', () => {
    const parsed = parseName('Smt. LATA-BEN  Parmar');
    assert.deepEqual(words('Smt. LATA-BEN  Parmar'), ['lata', 'ben', 'parmar']);
    assert.deepEqual(parsed.honorificsRemoved, ['smt']);
    assert.deepEqual(parsed.genderedTitle, { title: 'smt', gender: 'female' });
    assert.deepEqual(words('PARMAR JAYANT MR'), ['parmar', 'jayant']);
  });

  it('drops a religious title written out (Sister Mary Celine)', () => {
    assert.deepEqual(words('Sister Mary Celine'), ['mary', 'celine']);
  });

  it('drops the Tamil and Telugu Srimathi as a female title', () => {
    assert.deepEqual(words('Srimathi Lakshmi Ammal'), ['lakshmi', 'ammal']);
    assert.deepEqual(parseName('Srimathi Lakshmi Ammal').genderedTitle, { title: 'srimathi', gender: 'female' });
  });

  it('keeps a leading Sri as a joinable title, not a gender', () => {
    const parsed = parseName('Sri Valli Reddy');
    assert.equal(parsed.tokens[0].isHonorific, true);
    assert.equal(parsed.genderedTitle, null);
  });

  it('splits dotted and vowel-less initials', () => {
    assert.deepEqual(words('T.N. Seshan'), ['t', 'n', 'seshan']);
    assert.deepEqual(words('VK Menon'), ['v', 'k', 'menon']);
  });

  it('expands abbreviations but remembers they may be initials', () => {
    const [sk, name] = parseName('Sk Mofizul').tokens;
    assert.equal(sk.text, 'shaikh');
    assert.equal(sk.initialsFallback, 'sk');
    assert.equal(name.text, 'mofizul');
  });

  it('marks gendered suffixes and glued Gujarati suffixes', () => {
    const [given, suffix] = parseName('Tejal Ben').tokens;
    assert.equal(given.affix, null);
    assert.equal(suffix.affix, 'female');
    assert.equal(parseName('Tejalben').tokens[0].stem, 'tejal');
  });

  it('sets a relative aside and reads Jr and Sr', () => {
    const parsed = parseName('Nikhil Rane S/o. Late Vasant Rane');
    assert.deepEqual(words('Nikhil Rane S/o. Late Vasant Rane'), ['nikhil', 'rane']);
    assert.equal(parsed.relation?.marker, 'S/O');
    assert.equal(parsed.relation?.name.canonical, 'vasant rane');
    assert.equal(parseName('Vasant Rane Sr.').generation, 'senior');
  });

  it('reads a digit inside a word as the letter scanners mistake it for, and says so', () => {
    assert.deepEqual(words('Shivaraj Pati1'), ['shivaraj', 'patil']);
    assert.deepEqual(words('0mkar Rath0d'), ['omkar', 'rathod']);
    assert.equal(parseName('0mkar Sawant').digitsRead, true);
    assert.equal(parseName('Omkar Sawant').digitsRead, false);
  });

  it('leaves a digit standing alone (no letter beside it) out of the name', () => {
    assert.deepEqual(words('Omkar 1 Sawant'), ['omkar', 'sawant']);
    assert.equal(parseName('Omkar 1 Sawant').digitsRead, false);
  });
});
