import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NameMatcher } from './name.matcher.js';

const sut = new NameMatcher({ cacheSize: 0 });

function codesOf(a: string, b: string): { decision: string; codes: string[] } {
  const result = sut.match(a, b);
  return { decision: result.decision, codes: result.reasons.map((reason) => reason.code) };
}

describe('NameMatcher: a part one record drops that the other spells out', () => {
  it('an initial missing from a run of two or more initials is a doubt', () => {
    const dropped = codesOf('V. V. S. Laxman', 'V. S. Laxman');
    assert.notEqual(dropped.decision, 'MATCH');
    assert.ok(dropped.codes.includes('INITIAL_CONFLICT'), dropped.codes.join(','));
    assert.notEqual(codesOf('A.P.J. Abdul Kalam', 'A.P. Abdul Kalam').decision, 'MATCH');
  });

  it('a record keeping only one initial, or none, still matches the full run', () => {
    const single = codesOf('K. Ramesh', 'R. K. Ramesh');
    assert.equal(single.decision, 'MATCH');
    assert.ok(single.codes.includes('EXTRA_INITIAL'), single.codes.join(','));
    assert.equal(codesOf('V. V. S. Laxman', 'Laxman').decision, 'MATCH');
  });
});

describe('NameMatcher: an initial standing where the other record writes Kumar, Singh or Devi', () => {
  it('conflicts when its letter differs, and agrees when it is that word’s initial', () => {
    const conflict = codesOf('S.N. Mishra', 'Sitaram Kumar Mishra');
    assert.notEqual(conflict.decision, 'MATCH');
    assert.ok(conflict.codes.includes('INITIAL_CONFLICT'), conflict.codes.join(','));
    assert.equal(codesOf('S.K. Mishra', 'Sitaram Kumar Mishra').decision, 'MATCH');
    assert.equal(codesOf('S. Ramesh', 'Ramesh Kumar').decision, 'MATCH', 'a trailing Kumar is only missing');
  });
});

describe('NameMatcher: a Kumar glued to the given name in both records', () => {
  it('says nothing about a middle name one record drops (Gujarati father’s name with Bhai)', () => {
    assert.equal(codesOf('Nileshkumar Rameshbhai Patel', 'Nileshkumar Patel').decision, 'MATCH');
    assert.notEqual(codesOf('Ramkumar Yadav', 'Ram Kishore Yadav').decision, 'MATCH', 'a Kumar one record lacks still conflicts');
  });
});

describe('NameMatcher: b for v', () => {
  it('folds in given names but begins another family name in the surname', () => {
    const families = codesOf('Kishan Lal Vora', 'Kishan Lal Bora');
    assert.notEqual(families.decision, 'MATCH');
    assert.ok(families.codes.includes('SURNAME_DIFFERS'), families.codes.join(','));
    assert.notEqual(codesOf('Kiran Bedi', 'Kiran Vedi').decision, 'MATCH');
    assert.equal(codesOf('Binod Kumar Jha', 'Vinod Kumar Jha').decision, 'MATCH');
  });
});

describe('NameMatcher: a Hindu Undivided Family is not its karta', () => {
  it('an HUF against the individual of the same name is another party', () => {
    const family = codesOf('Mohanlal Jain', 'Mohanlal Jain (HUF)');
    assert.equal(family.decision, 'NO_MATCH');
    assert.ok(family.codes.includes('UNDIVIDED_FAMILY_DIFFERS'), family.codes.join(','));
    assert.notEqual(codesOf('Mohanlal Jain H.U.F.', 'Mohanlal Jain').decision, 'MATCH');
  });

  it('the same HUF written twice matches, and a surname that only begins with Huf is a name', () => {
    assert.equal(codesOf('Mohanlal Jain HUF', 'MOHANLAL JAIN (HUF)').decision, 'MATCH');
    assert.equal(codesOf('Ramesh Hufsa', 'Ramesh Hufsa').decision, 'MATCH');
  });
});

describe('NameMatcher: a family name moved to the front is not a given name swapped', () => {
  it("a Telugu surname first against last still matches beside a man's given name", () => {
    assert.equal(codesOf('Gali Venkatesh', 'Venkatesh Gali').decision, 'MATCH');
    assert.equal(codesOf('Kuppuswamy Iyer', 'Iyer Kuppuswamy').decision, 'MATCH');
  });
});

describe('NameMatcher: s for sh still folds outside the listed sound-alike pairs', () => {
  it('Kerala and Tamil S for Sh', () => {
    assert.equal(codesOf('Shashi Kumar', 'Sasi Kumar').decision, 'MATCH');
    assert.equal(codesOf('Shyam Sundar', 'Syam Sundar').decision, 'MATCH');
  });
});
