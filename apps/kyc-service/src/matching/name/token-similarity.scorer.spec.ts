import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseName } from './name.parser.js';
import { compareTokens, isTolerableTypo } from './token-similarity.scorer.js';

const token = (word: string) => parseName(word).tokens[0];

describe('isTolerableTypo', () => {
  it('tolerates only a dropped inner a or e in short names', () => {
    assert.ok(isTolerableTypo('bavna', 'bavana'));
    assert.ok(isTolerableTypo('josef', 'josf'));
    assert.equal(isTolerableTypo('hars', 'haris'), false);
    assert.equal(isTolerableTypo('raina', 'rana'), false);
  });

  it('never takes a nasal moved across a consonant in a name of up to seven letters for a slip', () => {
    assert.equal(isTolerableTypo('agnelo', 'angelo'), false);
    assert.ok(isTolerableTypo('gupta', 'gutpa'), 'two other consonants swapped are a slip');
    assert.ok(isTolerableTypo('rajseh', 'rajesh'), 'a vowel swapped is a slip');
  });

  it('never takes a consonant added after n for a slip', () => {
    assert.equal(isTolerableTypo('sivani', 'sivangi'), false);
    assert.equal(isTolerableTypo('sravani', 'sravanti'), false);
    assert.ok(isTolerableTypo('sravanti', 'sravnti'));
  });

  it('never takes a consonant joining a cluster in a name of up to seven letters for a slip', () => {
    assert.equal(isTolerableTypo('farzana', 'farana'), false); // Farhana once the aspirate folds
    assert.equal(isTolerableTypo('sumitra', 'sumita'), false);
    assert.ok(isTolerableTypo('mathews', 'mathew'), 'a final letter is no conjunct');
    assert.ok(isTolerableTypo('gurpreet', 'gurpeet'), 'longer names keep their slips');
  });

  it('tolerates one slip in a long name', () => {
    assert.ok(isTolerableTypo('gopalakrisnan', 'gopalkrisnan'));
    assert.ok(isTolerableTypo('venugopal', 'venugopl'));
    assert.ok(isTolerableTypo('jagdis', 'jagids'));
  });

  it('tolerates two slips only from ten letters', () => {
    assert.ok(isTolerableTypo('venkatakrisnan', 'venkatkrisnn'));
    assert.equal(isTolerableTypo('jagannat', 'jagnat'), false);
  });

  it('rejects a changed consonant in short given names', () => {
    assert.equal(isTolerableTypo('rames', 'rajes'), false); // Ramesh / Rajesh
    assert.equal(isTolerableTypo('vinod', 'vinot'), false);
    assert.equal(isTolerableTypo('sukanya', 'sukanta'), false);
  });

  it('allows swapping the last two letters unless that moves a final "a"', () => {
    assert.ok(isTolerableTypo('gopali', 'gopail'));
    assert.equal(isTolerableTypo('syamal', 'syamla'), false); // Shyamal / Shyamla
    assert.equal(isTolerableTypo('kamal', 'kamla'), false);
  });

  it('rejects a changed first letter or final vowel', () => {
    assert.equal(isTolerableTypo('hitesh', 'ritesh'), false);
    assert.equal(isTolerableTypo('pravin', 'pravina'), false);
    assert.equal(isTolerableTypo('nirmal', 'nirmla'), false);
  });

  it('needs at least five letters, except for an inner swap', () => {
    assert.equal(isTolerableTypo('anil', 'amil'), false);
    assert.ok(isTolerableTypo('jain', 'jian'));
    assert.equal(isTolerableTypo('nair', 'nari'), false); // moves the last letter
    assert.equal(isTolerableTypo('rao', 'roa'), false);
  });

  it('changes a first vowel only between a and o, and from six letters', () => {
    assert.equal(isTolerableTypo('sasmita', 'susmita'), false);
    assert.equal(isTolerableTypo('sumitra', 'samitra'), false);
    assert.ok(isTolerableTypo('mohanti', 'mahanti'));
    assert.ok(isTolerableTypo('mondal', 'mandal'));
    assert.equal(isTolerableTypo('komal', 'kamal'), false);
    assert.ok(isTolerableTypo('paudwal', 'paudwel')); // a later vowel may change
  });

  it('changes a consonant only for a neighbouring key or its voiced partner', () => {
    assert.ok(isTolerableTypo('venkatesh', 'venkatesj')); // h and j are neighbours
    assert.ok(isTolerableTypo('venkatesan', 'vengatesan')); // k and g
    assert.equal(isTolerableTypo('balwinder', 'baljinder'), false);
    assert.equal(isTolerableTypo('rajinder', 'ravinder'), false);
  });
});

describe('isTolerableTypo: syllables that make another name', () => {
  it('refuses two changed consonants even in long names, but keeps two other slips there', () => {
    assert.equal(isTolerableTypo('lalremsiami', 'lalremruati'), false);
    assert.ok(isTolerableTypo('visvanatan', 'visvandan'));
    assert.ok(isTolerableTypo('vishwanathan', 'viswanthan'));
  });

  it('refuses consonants replaced by other consonants with no vowel touched (another element), but keeps two slips there', () => {
    assert.equal(isTolerableTypo('simranjit', 'simranprit'), false); // Simranjeet / Simranpreet
    assert.equal(isTolerableTypo('gurpritsing', 'gurjitsing'), false);
    assert.ok(isTolerableTypo('venkatakrisnan', 'venkatkrisnn'));
  });

  it('refuses a dropped "r" before a consonant (the reph), but not a dropped nasal or a doubled r', () => {
    assert.equal(isTolerableTypo('sharmila', 'shamila'), false);
    assert.ok(isTolerableTypo('dharmendra', 'dharmedra'));
    assert.ok(isTolerableTypo('kumarrswamy', 'kumarswamy'));
  });
});

describe('compareTokens', () => {
  it('labels each kind of agreement', () => {
    assert.equal(compareTokens(token('Prakash'), token('prakash')), 'EXACT');
    assert.equal(compareTokens(token('Mohd'), token('Mohammed')), 'ABBREVIATION');
    assert.equal(compareTokens(token('Kaushal'), token('Koushal')), 'TRANSLITERATION');
    assert.equal(compareTokens(token('Sreedhar'), token('Shridhar')), 'TRANSLITERATION');
    assert.equal(compareTokens(token('Dayanidhi'), token('Dayanihdi')), 'TYPO');
    assert.equal(compareTokens(token('Minaxiben'), token('Minaxi')), 'SUFFIX_STRIPPED');
    assert.equal(compareTokens(token('Mukesh'), token('Mahesh')), 'DIFFERENT');
  });
});
