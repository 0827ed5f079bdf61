import { LONG_SLIP_MIN_TOKEN_LENGTH, SOUND_ALIKE_NAME_PAIRS } from './spelling-slip.constants.js';
import { lexiconRelation } from './name-lexicon.js';
import type { NameToken } from './parsed-name.js';
import { type SingleEdit, classifySingleEdit } from './single-edit.classifier.js';
import { CONFUSABLE_CONSONANTS } from './typo-confusions.constants.js';
import { isFirstVowel, isVowel } from './letters.js';

/**
 * The one keying or OCR slip (substitution, swap, omission, doubling) that a long name part (both
 * spellings of LONG_SLIP_MIN_TOKEN_LENGTH+ letters) can carry without becoming another name. It keeps
 * the protections of shorter names: never the first letter or the first vowel (Sasmita/Susmita), never
 * a final vowel added, dropped or changed (Jayant/Jayanti), a consonant added only as a doubling (not
 * Shivani/Shivangi), a changed consonant only in the second half and only to a
 * neighbouring key or voiced partner (Sukanya/Sukanta are listed apart), a final swap only of two
 * vowels or two consonants (Shyamal/Shyamla moves the female "a"), and SOUND_ALIKE_NAME_PAIRS.
 */
export function longTokenSlipEdit(x: NameToken, y: NameToken): SingleEdit | null {
  const [a, b] = [x.text, y.text];
  if (Math.min(a.length, b.length) < LONG_SLIP_MIN_TOKEN_LENGTH || a[0] !== b[0]) return null;
  if (SOUND_ALIKE_NAME_PAIRS.has(`${a}/${b}`) || SOUND_ALIKE_NAME_PAIRS.has(`${x.folded}/${y.folded}`)) return null;
  if (lexiconRelation(x.lexicon, y.lexicon) === 'DIFFERENT') return null;
  const edit = classifySingleEdit(a, b);
  if (edit === null || edit.index === 0) return null;
  const word = a.length >= b.length ? a : b;
  const last = word.length - 1;
  if (edit.kind === 'transpose') {
    return edit.index < last - 1 || isVowel(edit.char) === isVowel(edit.other) ? edit : null;
  }
  if (edit.kind === 'insert') {
    if (isVowel(edit.char)) return edit.index < last && !isFirstVowel(word, edit.index) ? edit : null;
    const doubled = word[edit.index - 1] === edit.char || word[edit.index + 1] === edit.char;
    return doubled ? edit : null;
  }
  if (isVowel(edit.char) !== isVowel(edit.other)) return null;
  if (isVowel(edit.char)) return edit.index < last && !isFirstVowel(a, edit.index) ? edit : null;
  return edit.index >= word.length / 2 && CONFUSABLE_CONSONANTS.has(edit.char + edit.other) ? edit : null;
}
