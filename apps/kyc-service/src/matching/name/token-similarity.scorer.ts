import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein.js';
import { lexiconRelation } from './name-lexicon.js';
import { isLexiconOcrSlip } from './ocr-glyph-slip.classifier.js';
import type { NameToken } from './parsed-name.js';
import { type SingleEdit, classifySingleEdit } from './single-edit.classifier.js';
import { SOUND_ALIKE_NAME_PAIRS } from './spelling-slip.constants.js';
import { isUnpronounceableSlip } from './unpronounceable-slip.classifier.js';
import { CONFUSABLE_CONSONANTS, FIRST_VOWEL_VARIANTS } from './typo-confusions.constants.js';
import { isFirstVowel, isVowel } from './letters.js';

export type TokenRelation = 'EXACT' | 'ABBREVIATION' | 'TRANSLITERATION' | 'TYPO' | 'SUFFIX_STRIPPED' | 'DIFFERENT';

/** Strength used to rank candidate pairings; higher wins. */
export const RELATION_STRENGTH: Readonly<Record<TokenRelation, number>> = {
  EXACT: 4,
  ABBREVIATION: 3,
  TRANSLITERATION: 3,
  TYPO: 2,
  SUFFIX_STRIPPED: 2,
  DIFFERENT: 0,
};

/**
 * Two spellings the name lexicon lists in one cluster are the same name (Eapen / Ipe); in two clusters they
 * are no typo of each other (Subhajit / Subhrajit), but folding still joins them: its rules and variant list
 * hold forms that records of one person interchange though the lexicon lists them apart (Banerjee /
 * Bandyopadhyay, Bhat / Bhatt, Nair / Nayar). Spellings it does not list go by the rules alone.
 */
export function compareTokens(a: NameToken, b: NameToken): TokenRelation {
  if (a.text === b.text) return a.raw === b.raw ? 'EXACT' : 'ABBREVIATION';
  if (SOUND_ALIKE_NAME_PAIRS.has(`${a.text}/${b.text}`)) return 'DIFFERENT';
  const known = lexiconRelation(a.lexicon, b.lexicon);
  if (a.folded === b.folded || known === 'SAME' || isJayaCompound(a.text, b.text) || isJayaCompound(b.text, a.text))
    return a.text !== a.raw || b.text !== b.raw ? 'ABBREVIATION' : 'TRANSLITERATION';
  if (known === 'DIFFERENT' && !dropsMedialSchwa(a.text, b.text)) return sameStem(a, b) ? 'SUFFIX_STRIPPED' : 'DIFFERENT';
  if (addsFinalVowels(a.text, b.text) || addsFinalVowels(b.text, a.text)) return sameStem(a, b) ? 'SUFFIX_STRIPPED' : 'DIFFERENT';
  if (isLexiconOcrSlip(a, b)) return 'TYPO';
  // Folding can turn a slip into two differences (Sukhwinedr / Sukhwinder), so the written forms get a look too.
  if (isTolerableTypo(a.folded, b.folded) || isTolerableTypo(a.text, b.text)) return 'TYPO';
  return sameStem(a, b) ? 'SUFFIX_STRIPPED' : 'DIFFERENT';
}

// "Hiralben" / "Hiral", "Rameshbhai" / "Ramesh"; both glued (Rameshbhai / Rameshben) is no match.
function sameStem(a: NameToken, b: NameToken): boolean {
  if ((a.stem === null) === (b.stem === null)) return false;
  return a.stem === b.folded || b.stem === a.folded;
}

// Hindi drops the inherent "a" between consonants that southern spellings keep (Tulsiram / Tulasiram, Kamla /
// Kamala): the same name even where the lexicon lists the two spellings on separate lines.
function dropsMedialSchwa(a: string, b: string): boolean {
  const edit = classifySingleEdit(a, b);
  if (edit === null || edit.kind !== 'insert' || edit.char !== 'a' || edit.index < 2) return false;
  const longer = a.length > b.length ? a : b;
  const [before, after] = [longer[edit.index - 1], longer[edit.index + 1]];
  return edit.index < longer.length - 2 && isVowel(longer[edit.index - 2]) && !isVowel(before) && !isVowel(after);
}

// A name ending in a consonant or "y" with a vowel ending added is its female form (Chinmay / Chinmayee, Pranav /
// Pranavi), which folding (ay/ai, ee/i) could otherwise leave one glide apart; a written "a" after a consonant is
// left to folding and the typo rules (Kannada's final schwa: Shailesh / Shailesha).
function addsFinalVowels(shorter: string, longer: string): boolean {
  if (shorter.length < 4 || !longer.startsWith(shorter)) return false;
  const added = longer.slice(shorter.length);
  return /^(ee|i|ie)$/.test(added) || (shorter.endsWith('y') && /^(a|ee|i)$/.test(added));
}

// Compounds of jaya, "victory", keep their final "a" or drop it, and name a man either way: Dhananjay / Dhananjaya,
// Mrityunjay / Mrityunjaya (Vijay / Vijaya is a man and a woman).
const JAYA_COMPOUND = 'njay';
const isJayaCompound = (shorter: string, longer: string): boolean => shorter.endsWith(JAYA_COMPOUND) && longer === `${shorter}a`;

/**
 * Indian given names come in minimal pairs one consonant apart (Rakesh/Rajesh, Sukanya/Sukanta)
 * and in gender pairs one final vowel apart (Amit/Amita), so typos are tolerated only where
 * such pairs are rare: never in the first letter or the final vowel, a changed consonant only
 * from eight letters and only for a neighbouring key or sound, a changed first vowel only a/o
 * (Sasmita/Susmita; Mondal/Mandal from six letters, as Komal/Kamal differ), and otherwise in
 * names of up to six letters only a swap or a dropped inner "a" or "e" (Bhavna, Josph; not
 * Harsh / Harish); a consonant added after "n" and a dropped "r" before a consonant are never a
 * slip, nor are two changed consonants in long names.
 */
export function isTolerableTypo(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  if (longest < 4 || Math.abs(a.length - b.length) > 2) return false;
  if (isUnpronounceableSlip(a, b)) return true;
  if (a[0] !== b[0]) return false;
  const edit = classifySingleEdit(a, b);
  if (edit !== null && edit.kind === 'transpose') return tolerableSwap(a, b, edit.index, longest);
  if (longest < 5 || !compatibleEndings(a, b)) return false;
  if (edit === null) {
    return (
      longest >= 10 && a[1] === b[1] && damerauLevenshtein.limited(2, a, b) <= 2 && !twoConsonantsChanged(a, b) && !onsetReplaced(a, b)
    );
  }
  if (edit.index === 0) return false;
  if (addsNasalCluster(a, b, edit) || dropsReph(a, b, edit) || addsConjunctConsonant(a, b, edit)) return false;
  if (edit.kind === 'substitute' && !isVowel(edit.char) && !isVowel(edit.other)) {
    return longest >= 8 && CONFUSABLE_CONSONANTS.has(edit.char + edit.other);
  }
  if (longest >= 8) return true;
  if (longest === 7) return edit.kind !== 'substitute' || tolerableVowelChange(a, edit);
  if (longest === 6 && edit.kind === 'substitute') return isFirstVowel(a, edit.index) && FIRST_VOWEL_VARIANTS.has(edit.char + edit.other);
  return edit.kind === 'insert' && (edit.char === 'a' || edit.char === 'e') && edit.index < longest - 1;
}

// A consonant after "n" forms another name, not a slip: Shivani / Shivangi, Sravani / Sravanthi. In
// names of up to seven letters so does a nasal before a consonant (Sajeev / Sanjeev, Sujay / Sanjay)
// and an "a" that makes the diphthong ai or au (Biju / Baiju).
function addsNasalCluster(a: string, b: string, edit: SingleEdit): boolean {
  if (edit.kind !== 'insert') return false;
  const longer = a.length > b.length ? a : b;
  const [before, after] = [longer[edit.index - 1] ?? '', longer[edit.index + 1] ?? ''];
  if (!isVowel(edit.char) && before === 'n') return true;
  if (longer.length > SHORT_NAME_LENGTH) return false;
  if (edit.char === 'n' || edit.char === 'm') return after !== '' && !isVowel(after);
  return (edit.char === 'a' && (after === 'i' || after === 'u')) || ((edit.char === 'i' || edit.char === 'u') && before === 'a');
}

const SHORT_NAME_LENGTH = 7;

// A consonant joining another in a cluster is a conjunct of the script, a letter of its own, so the
// result is another name (Subhajit / Subhrajit, Farhana / Farzana, and with a glide Bhagat / Bhagwat, Nita /
// Nitya), not a keying slip. Doubled letters and the aspirate h are spelling.
function addsConjunctConsonant(a: string, b: string, edit: SingleEdit): boolean {
  if (edit.kind !== 'insert' || isVowel(edit.char) || edit.char === 'h') return false;
  const longer = a.length > b.length ? a : b;
  if (longer.length > SHORT_NAME_LENGTH) return false;
  const [before, after] = [longer[edit.index - 1] ?? '', longer[edit.index + 1] ?? ''];
  if (after === '' || before === edit.char || after === edit.char) return false;
  return !isVowel(before) || !isVowel(after);
}

// Two consonants changed in one spelling are two syllables of another name, not two slips
// (Lalremsiami / Lalremruati); a changed vowel or an added letter beside one is still a spelling.
function twoConsonantsChanged(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const changed = [...a].flatMap((char, index) => (char === b[index] ? [] : [[char, b[index]]]));
  return changed.length === 2 && changed.every(([x, y]) => !isVowel(x) && !isVowel(y));
}

// Consonants replaced by other consonants with no vowel touched begin another syllable, and in a
// compound name another element: Simranjeet / Simranpreet, Harjinder / Harvinder, not two slips.
function onsetReplaced(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const [middleA, middleB] = [a.slice(start, a.length - end), b.slice(start, b.length - end)];
  const consonantsOnly = (text: string) => text.length > 0 && ![...text].some(isVowel);
  return consonantsOnly(middleA) && consonantsOnly(middleB);
}

// An "r" closing a syllable before a consonant is the reph of Indic scripts, a mark of its own:
// without it the name is another name (Sharmila / Shamila, Nirmala / Nimala), not a slip.
function dropsReph(a: string, b: string, edit: SingleEdit): boolean {
  if (edit.kind !== 'insert' || edit.char !== 'r') return false;
  const longer = a.length > b.length ? a : b;
  const [before, after] = [longer[edit.index - 1] ?? '', longer[edit.index + 1] ?? ''];
  return isVowel(before) && after !== '' && !isVowel(after) && after !== 'r' && after !== 'h';
}

function tolerableVowelChange(a: string, edit: SingleEdit): boolean {
  if (!isVowel(edit.char) || !isVowel(edit.other)) return false;
  return !isFirstVowel(a, edit.index) || FIRST_VOWEL_VARIANTS.has(edit.char + edit.other);
}

// Swapping the last two letters can move a final "a" and make the female form (Shyamal /
// Shyamla), so that swap is allowed in short names only when neither ends in "a". An inner
// swap makes no other name, even in four letters (Jain / Jian), unless in a name of up to seven letters it
// moves a nasal across a consonant: before it the nasal is the anusvara, after it part of a conjunct, and the
// result another name (Agnelo / Angelo), as with an added nasal (Sajeev / Sanjeev). Gupta / Gutpa is a slip.
function tolerableSwap(a: string, b: string, index: number, longest: number): boolean {
  if (index === 0) return false;
  if (longest <= SHORT_NAME_LENGTH && movesNasal(a[index], a[index + 1])) return false;
  if (index < longest - 2 || longest >= 8) return true;
  return longest >= 6 && !a.endsWith('a') && !b.endsWith('a');
}

function movesNasal(first: string, second: string): boolean {
  const nasal = (char: string) => char === 'n' || char === 'm';
  return !isVowel(first) && !isVowel(second) && nasal(first) !== nasal(second);
}

function compatibleEndings(a: string, b: string): boolean {
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  return lastA === lastB || (!isVowel(lastA) && !isVowel(lastB));
}
