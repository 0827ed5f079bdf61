import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NameLexicon, lexiconRelation } from './name-lexicon.js';

const sut = NameLexicon.fromLines([
  '# given names',
  'eapen ipe eappen',
  'manisha maneesha',
  'monisha moneesha  # Bengali',
  'Dsouza D’Souza de-souza',
  'aiyer iyer',
  'iyer ayyar',
  'parikh parekh',
  'x',
]);
const relation = (a: string, b: string) => lexiconRelation(sut.entryOf(a), sut.entryOf(b));

describe('NameLexicon', () => {
  it('puts the spellings of one line on one name and the lines apart', () => {
    assert.equal(relation('eapen', 'ipe'), 'SAME');
    assert.equal(relation('manisha', 'monisha'), 'DIFFERENT');
    assert.equal(relation('maneesha', 'moneesha'), 'DIFFERENT');
  });

  it('skips comments, lowercases and drops accents, apostrophes, hyphens and one-letter entries', () => {
    assert.equal(sut.entryOf('bengali'), null);
    assert.equal(relation('dsouza', 'desouza'), 'SAME');
    assert.equal(sut.entryOf('x'), null);
  });

  it('drops a spelling listed in two clusters and no longer tells those clusters apart', () => {
    assert.equal(sut.entryOf('iyer'), null);
    assert.equal(relation('aiyer', 'ayyar'), null);
    assert.deepEqual(sut.stats, { clusters: 7, spellings: 13, ambiguous: 1, linkedClusters: 2 });
  });

  it('knows nothing of a spelling it does not list', () => {
    assert.equal(relation('manisha', 'manish'), null);
  });
});
