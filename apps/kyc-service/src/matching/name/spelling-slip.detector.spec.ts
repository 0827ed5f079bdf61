import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findNameSlip, matchNames } from './name.matcher.js';

describe('findNameSlip', () => {
  it('finds a neighbouring-key slip in a long surname, leaving the name decision as it was', () => {
    assert.equal(matchNames('Priya Sharma', 'Priya Sharna').decision, 'REVIEW');
    assert.deepEqual(findNameSlip('Priya Sharma', 'Priya Sharna'), { a: 'Sharma', b: 'Sharna', kind: 'substitute', scoreWithSlip: 92 });
  });

  it('finds a slip in a long given name the name matcher refuses on its own', () => {
    assert.equal(matchNames('Kavitha Rao', 'Kavirha Rao', undefined, { acceptLongTokenSlip: false }).decision, 'NO_MATCH');
    assert.equal(findNameSlip('Kavitha Rao', 'Kavirha Rao')?.kind, 'substitute');
  });

  it('refuses slips in short names, where one letter makes another name', () => {
    assert.equal(findNameSlip('Balakrishnan Nair', 'Balakrishnan Nari'), null);
    assert.equal(findNameSlip('Anil Bajaj', 'Amil Bajaj'), null);
  });

  it('refuses sound-alike names: first half, first vowel, last letter, added consonant, named pairs', () => {
    for (const [a, b] of [
      ['Rakesh Yadav', 'Rajesh Yadav'],
      ['Sasmita Das', 'Susmita Das'],
      ['Amit Shah', 'Amita Shah'],
      ['Sachin Gupta', 'Sachit Gupta'],
      ['Shivani Rao', 'Shivangi Rao'],
      ['Paresh Mehta', 'Parvesh Mehta'],
      ['Sukanya Sen', 'Sukanta Sen'],
    ]) {
      assert.equal(findNameSlip(a, b), null, `${a} / ${b}`);
    }
  });

  it('never reads a listed sound-alike pair as a typo either (Francis / Frances)', () => {
    assert.notEqual(matchNames("Francis D'Costa", "Frances D'Costa").decision, 'MATCH');
    assert.equal(findNameSlip("Francis D'Costa", "Frances D'Costa"), null);
  });

  it('refuses a slip beside another conflict (initials, relatives, a missing surname)', () => {
    assert.equal(findNameSlip('K. Priya Sharma', 'M. Priya Sharna'), null);
    assert.equal(findNameSlip('Priya Sharma D/O Ramesh Sharma', 'Priya Sharna D/O Suresh Sharma'), null);
    assert.equal(findNameSlip('Priya', 'Prija Sharma'), null);
  });

  it('refuses a first-name-only agreement: the slip must sit beside another agreeing name part', () => {
    assert.equal(findNameSlip('Kavitha', 'Kavirha'), null);
  });
});
