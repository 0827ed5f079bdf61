import {
  GENDERED_HONORIFICS,
  GENERATION_SUFFIXES,
  JOINABLE_HONORIFICS,
  LEADING_HONORIFICS,
  TRAILING_HONORIFICS,
} from './honorifics.constants.js';
import { hasIndicScript, transliterateIndicScript } from './indic-script.transliterator.js';
import { NAME_ABBREVIATIONS } from './name-abbreviations.constants.js';
import { NAME_LEXICON, type NameLexicon } from './name-lexicon.js';
import { affixOf } from './name-affix.lookup.js';
import { type AffixKind, NAME_AFFIXES } from './name-affixes.constants.js';
import type { NameToken, ParsedName } from './parsed-name.js';
import { splitRelationFragment } from './relation-fragment.splitter.js';
import { foldTransliteration } from './transliteration.normaliser.js';

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
const NON_LETTERS = /[^a-z]+/;
const NOT_LETTERS = /[^\p{L}]+/gu;
const CONSONANT_CLUSTER = /^[^aeiouy]{2,3}$/;
// No name has a digit: beside a letter it is OCR's or a keyboard's reading of the letter it looks like.
const DIGIT_IN_WORD = /(?<=[a-z])[0158]|[0158](?=[a-z])/g;
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '5': 's', '8': 'b' };
// Gujarati records glue Bhai, Ben, Kumar and Sinh (Singh) to the given name (Rameshbhai, Hiralben, Bhaveshkumar,
// Jitendrasinh).
const GLUED_SUFFIX = /^([a-z]{3,}?)(bhai|ben|behn|bai|kumar|sinh)$/;

/** `keepLeadingTitle`: a leading title word stays a name part (Baby, a Kerala given name, against John Baby). */
export function parseName(input: string, lexicon: NameLexicon = NAME_LEXICON, keepLeadingTitle = false): ParsedName {
  const fromIndicScript = hasIndicScript(input);
  const latin = fromIndicScript ? transliterateIndicScript(input) : input;
  const lowered = latin.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '');
  const letters = lowered.replace(NOT_LETTERS, '');
  const read = lowered.replace(DIGIT_IN_WORD, (digit) => DIGIT_LOOKALIKES[digit]);
  const digitsRead = read !== lowered;
  const split = splitRelationFragment(read);
  const primary = parseWords(split.primary, lexicon, keepLeadingTitle);
  if (split.marker === null) return { ...primary, letters, fromIndicScript, digitsRead, relation: null };
  const relative: ParsedName = { ...parseWords(split.relative, lexicon), letters: '', fromIndicScript, digitsRead, relation: null };
  return { ...primary, letters, fromIndicScript, digitsRead, relation: { marker: split.marker, name: relative } };
}

function parseWords(
  text: string,
  lexicon: NameLexicon,
  keepLeadingTitle = false,
): Omit<ParsedName, 'relation' | 'letters' | 'fromIndicScript' | 'digitsRead'> {
  const words = text.split(NON_LETTERS).filter((word) => word.length > 0);
  const honorificsRemoved: string[] = [];
  while (!keepLeadingTitle && words.length > 1 && LEADING_HONORIFICS.has(words[0])) honorificsRemoved.push(words.shift()!);
  let generation: ParsedName['generation'] = null;
  const undividedFamily = removeUndividedFamilyMarker(words);
  while (words.length > 1) {
    const last = words[words.length - 1];
    if (GENERATION_SUFFIXES.has(last)) generation = GENERATION_SUFFIXES.get(last)!;
    else if (!TRAILING_HONORIFICS.has(last)) break;
    honorificsRemoved.push(words.pop()!);
  }
  const genderedTitle = genderedTitleOf(honorificsRemoved);

  const tokens: NameToken[] = [];
  words.forEach((word, index) => {
    const isLeadingTitle = index === 0 && words.length > 1 && JOINABLE_HONORIFICS.has(word);
    if (isLeadingTitle) honorificsRemoved.push(word);
    for (const token of tokensOf(word, isLeadingTitle, lexicon)) tokens.push({ ...token, position: tokens.length });
  });
  return { tokens, canonical: tokens.map((token) => token.raw).join(' '), honorificsRemoved, genderedTitle, generation, undividedFamily };
}

// "Mohanlal Jain (HUF)", "Mohanlal Jain H.U.F.": the family's own account, not the man who manages it.
function removeUndividedFamilyMarker(words: string[]): boolean {
  const last = words.slice(-3).join(' ');
  if (words.length > 3 && last === 'h u f') words.splice(-3);
  else if (words.length > 1 && words[words.length - 1] === 'huf') words.pop();
  else return false;
  return true;
}

function genderedTitleOf(titles: string[]): ParsedName['genderedTitle'] {
  for (const title of titles) {
    const gender = GENDERED_HONORIFICS.get(title);
    if (gender) return { title, gender };
  }
  return null;
}

function tokensOf(word: string, isHonorific: boolean, lexicon: NameLexicon): Omit<NameToken, 'position'>[] {
  const abbreviation = NAME_ABBREVIATIONS.get(word);
  if (abbreviation) {
    return [fullToken(word, abbreviation.expansion, false, abbreviation.initials, lexicon)];
  }
  // "RK Sharma": a short vowel-less word is a run of initials, not a name.
  if (CONSONANT_CLUSTER.test(word)) return [...word].map((letter) => initialToken(letter));
  if (word.length === 1) return [initialToken(word)];
  return [fullToken(word, word, isHonorific, null, lexicon)];
}

function fullToken(raw: string, text: string, isHonorific: boolean, initialsFallback: string | null, lexicon: NameLexicon) {
  const folded = foldTransliteration(text);
  const glued = gluedSuffixOf(text);
  const stem = glued ? foldTransliteration(glued[1]) : null;
  const stemGender = glued ? genderOf(NAME_AFFIXES.get(glued[2])) : null;
  const entry = lexicon.entryOf(text) ?? lexicon.entryOf(raw);
  return {
    raw,
    text,
    folded,
    stem,
    stemGender,
    isInitial: false,
    lexicon: entry,
    affix: affixOf(text, folded),
    isHonorific,
    initialsFallback,
  };
}

// A vowel before a glued Kumar belongs to a woman's name (Jaya, Vijaya), not to a stem the suffix was added to.
function gluedSuffixOf(text: string): RegExpExecArray | null {
  const glued = GLUED_SUFFIX.exec(text);
  return glued && glued[2] === 'kumar' && /[aeiou]$/.test(glued[1]) ? null : glued;
}

function initialToken(letter: string) {
  return {
    raw: letter,
    text: letter,
    folded: letter,
    stem: null,
    stemGender: null,
    isInitial: true,
    lexicon: null,
    affix: null,
    isHonorific: false,
    initialsFallback: null,
  };
}

function genderOf(kind: AffixKind | undefined): NameToken['stemGender'] {
  return kind === 'male' || kind === 'female' ? kind : null;
}
