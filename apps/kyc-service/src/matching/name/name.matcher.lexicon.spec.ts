import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NameLexicon } from './name-lexicon.js';
import { NameMatcher } from './name.matcher.js';

const lexicon = NameLexicon.fromLines([
  'manisha maneesha',
  'monisha moneesha',
  'eapen ipe eappen',
  'krishnan krishnen',
  'krishnam',
  'bhavesh bhavesh',
  'bhaveshkumar',
  'mohammed mohammad muhammad',
  'jayaprakash jaiprakash',
  'narayan narain',
  'bhat',
  'bhatt',
  'vajpayee bajpai',
]);
const sut = new NameMatcher({ cacheSize: 0, lexicon });
const without = new NameMatcher({ cacheSize: 0, lexicon: NameLexicon.fromLines([]) });
const codes = (a: string, b: string) => sut.match(a, b).reasons.map((reason) => reason.code);

describe('NameMatcher with a name lexicon', () => {
  it('reads two spellings of one listed name as a transliteration the rules miss', () => {
    assert.equal(without.match('Eapen Thomas', 'Ipe Thomas').decision === 'MATCH', false);
    assert.equal(sut.match('Eapen Thomas', 'Ipe Thomas').decision, 'MATCH');
    assert.ok(codes('Eapen Thomas', 'Ipe Thomas').includes('TRANSLITERATION_VARIANT'));
    assert.equal(sut.match('Jayaprakash Narayan', 'Jaiprakash Narain').decision, 'MATCH');
  });

  it('reads no typo between two listed names: they differ as any different given name', () => {
    assert.equal(without.match('Manisha Sharma', 'Monisha Sharma').decision, 'MATCH');
    assert.notEqual(sut.match('Manisha Sharma', 'Monisha Sharma').decision, 'MATCH');
    assert.ok(codes('Manisha Sharma', 'Monisha Sharma').includes('GIVEN_NAME_DIFFERS'));
    assert.notEqual(sut.match('Krishnan Raju', 'Krishnam Raju').decision, 'MATCH');
  });

  it('leaves folding to join two names it lists apart: records of one person interchange such forms', () => {
    assert.equal(sut.match('Sachin Bhat', 'Sachin Bhatt').decision, 'MATCH');
  });

  it('knows a family written with b or v, where the surname rule would part them', () => {
    assert.equal(sut.match('Satish Chandra Bajpai', 'Sateesh Chandra Vajpayee').decision, 'MATCH');
    assert.equal(codes('Satish Chandra Bajpai', 'Sateesh Chandra Vajpayee').includes('SURNAME_DIFFERS'), false);
  });

  it('leaves a spelling it does not list to the rules: a typo of a listed name still matches', () => {
    assert.equal(sut.match('Manisha Sharma', 'Mansiha Sharma').decision, 'MATCH');
  });

  it('still pairs a glued suffix with its stem and an abbreviation with its expansion', () => {
    assert.equal(sut.match('Bhaveshkumar Patel', 'Bhavesh Patel').decision, 'MATCH');
    assert.ok(codes('Mohd Salim', 'Muhammad Salim').includes('ABBREVIATION_EXPANDED'));
  });

  it('reads no slip between two listed names in a long part', () => {
    assert.equal(sut.match('Venkata Krishnan Raju', 'Venkata Krishnam Raju').decision === 'MATCH', false);
    assert.equal(sut.spellingSlip('Venkata Krishnan Raju', 'Venkata Krishnam Raju'), null);
  });
});
