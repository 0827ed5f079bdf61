import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NameMatcher } from './name.matcher.js';
import { isFamilySurname } from './family-surnames.constants.js';
import { isFemaleGivenName } from './female-given-names.constants.js';

const sut = new NameMatcher({ cacheSize: 0 });

function decisionOf(a: string, b: string): string {
  return sut.match(a, b).decision;
}

function codesOf(a: string, b: string): string[] {
  return sut.match(a, b).reasons.map((reason) => reason.code);
}

describe('two name parts in opposite order', () => {
  it('goes to review when neither part is a surname: a son may reverse his father’s two given names', () => {
    for (const [a, b] of [
      ['Arumugam Selvaraj', 'Selvaraj Arumugam'],
      ['Dinesh Karthik', 'Karthik Dinesh'],
      ['Mathew Samuel', 'Samuel Mathew'],
      ['Sunil Raghavan', 'Raghavan Sunil'],
    ]) {
      assert.equal(decisionOf(a, b), 'REVIEW', `${a} | ${b}`);
      assert.ok(codesOf(a, b).includes('GIVEN_NAME_SHIFTED'), `${a} | ${b}`);
    }
  });

  it('goes to review when the first and last parts trade places around the same middle, a caste name included', () => {
    for (const [a, b] of [
      ['Krishnan Nair Gopalan', 'Gopalan Nair Krishnan'],
      ['Rafeeq Ahmed Basheer', 'Basheer Ahmed Rafeeq'],
    ]) {
      assert.equal(decisionOf(a, b), 'REVIEW', `${a} | ${b}`);
      assert.ok(codesOf(a, b).includes('GIVEN_NAME_SHIFTED'), `${a} | ${b}`);
    }
    assert.equal(decisionOf('Sharma Rajesh Kumar', 'Kumar Rajesh Sharma'), 'MATCH');
  });

  it('matches when one part is a family or caste surname, whatever the region', () => {
    for (const [a, b] of [
      ['Sharma Neha', 'Neha Sharma'],
      ['Reddy Srinivas', 'Srinivas Reddy'],
      ['Gowda Manjunath', 'Manjunath Gowda'],
      ['Nair Anoop', 'Anoop Nair'],
      ['Chowdhury Rakesh', 'Rakesh Choudhary'],
      ['Lokhandwala Imran', 'Imran Lokhandwala'],
      ['Kujur Prakash', 'Prakash Kujur'],
      ['Soren Sunil', 'Sunil Soren'],
    ]) {
      assert.equal(decisionOf(a, b), 'MATCH', `${a} | ${b}`);
    }
  });

  it("matches when a part is a woman's given name or a female title says she is a woman", () => {
    assert.equal(decisionOf('Ramachandran Kavitha', 'Kavitha Ramachandran'), 'MATCH');
    assert.equal(decisionOf('Selvaraj Parvathamma', 'Parvathamma Selvaraj'), 'MATCH');
    assert.equal(decisionOf('Smt Murugan Selvi', 'Selvi Murugan'), 'MATCH');
  });

  it('matches a Telugu name whose given name is in the honorific plural: the other part is the house name', () => {
    assert.equal(decisionOf('Bandaru Venkateswarlu', 'Venkateswarlu Bandaru'), 'MATCH');
  });

  it('treats a block of given names like one part: Kathiresan Hari Haran may be Hari Haran’s son', () => {
    assert.equal(decisionOf('Hari Haran Kathiresan', 'Kathiresan Hari Haran'), 'REVIEW');
    assert.equal(decisionOf('Mhatre Vikas Gajanan', 'Vikas Gajanan Mhatre'), 'MATCH');
    assert.equal(decisionOf('Thangjam Manorama Devi', 'Manorama Devi Thangjam'), 'MATCH');
    assert.equal(decisionOf('Kumar Anil', 'Anil Kumar'), 'MATCH', 'Kumar is no father’s name');
  });

  it('leaves a surname moved in a longer name and an initial moved to the back alone', () => {
    assert.equal(decisionOf('Sharma Rajesh Kumar', 'Rajesh Kumar Sharma'), 'MATCH');
    assert.equal(decisionOf('S. Karthik', 'Karthik S'), 'MATCH');
  });
});

describe('surname and women’s name lexicons', () => {
  it('know surnames as written and by endings only family names take, never a given name', () => {
    assert.ok(isFamilySurname('bhattacharjee'));
    assert.ok(isFamilySurname('chattopadhyay'));
    assert.ok(isFamilySurname('nimmagadda'));
    assert.ok(isFamilySurname('puthenveettil'));
    for (const given of [
      'anand',
      'prasad',
      'thomas',
      'krishnan',
      'roy',
      'hussain',
      'mohan',
      'prabhu',
      'senthil',
      'vasu',
      'mohit',
      'bala',
    ]) {
      assert.equal(isFamilySurname(given), false, given);
    }
  });

  it("know women's names by list and ending, not names men also bear", () => {
    assert.ok(isFemaleGivenName('sunitha'));
    assert.ok(isFemaleGivenName('jayalakshmi'));
    for (const shared of ['kiran', 'suman', 'jyoti', 'ravi', 'krishna']) assert.equal(isFemaleGivenName(shared), false, shared);
  });
});
