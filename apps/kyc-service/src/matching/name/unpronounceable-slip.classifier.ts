import { classifySingleEdit } from './single-edit.classifier.js';

// Letters that scanners and keyboards put where a vowel stood: OCR reads "i" as "l" and "y" as
// "v"; "s" is the key beside "a". Only these, so a real consonant cluster (Sant / Sana) stays a name.
const VOWEL_LOOKALIKES: ReadonlySet<string> = new Set(['li', 'vy', 'sa']);
const MIN_LENGTH_FOR_KEY_SLIP = 6;
const MIN_LENGTH_FOR_RN = 6;

const isConsonant = (char: string | undefined): boolean => char !== undefined && !/[aeiouy]/.test(char);

/**
 * One spelling is no name at all, and one scanner or keying slip away from the other: a vowel
 * read as a consonant inside a cluster no Indian name has (Ansarl, Anll, Dharmendrs, lslam,
 * Krishnamoorthv), a vowel lost from the only syllable (Sngh), or OCR's "rn" for "m"
 * (Sharrna, Kulkami). An unpronounceable spelling cannot be another person's name, so the
 * minimal pairs that keep other typos apart cannot arise here.
 */
export function isUnpronounceableSlip(a: string, b: string): boolean {
  return (
    ocrReadsRnAsM(a, b) ||
    ocrReadsRnAsM(b, a) ||
    lostOnlyVowel(a, b) ||
    lostOnlyVowel(b, a) ||
    vowelReadAsConsonant(a, b) ||
    lReadAsI(a, b) ||
    capitalIReadAsL(a, b) ||
    capitalIReadAsL(b, a)
  );
}

// OCR and typists read a capital "I" as "l": an "l" before a consonant other than h opens no Indian name (lslam,
// lqbal, lndira), where the other record has the "I" (Lhamo is a name).
function capitalIReadAsL(written: string, meant: string): boolean {
  return (
    written.length >= 4 &&
    meant[0] === 'i' &&
    written[0] === 'l' &&
    written.slice(1) === meant.slice(1) &&
    /^[^aeiouyh]/.test(written.slice(1))
  );
}

// OCR reads "l" as "i"; an "i" between two vowels (Baia, Manjuia) is in no Indian name, where "l" is common.
function lReadAsI(a: string, b: string): boolean {
  const edit = classifySingleEdit(a, b);
  if (edit === null || edit.kind !== 'substitute' || edit.index === 0) return false;
  const written = edit.char === 'i' && edit.other === 'l' ? a : edit.char === 'l' && edit.other === 'i' ? b : null;
  if (written === null) return false;
  const [before, after] = [written[edit.index - 1], written[edit.index + 1]];
  return after !== undefined && /[aeou]/.test(before) && /[aeou]/.test(after);
}

function ocrReadsRnAsM(withRn: string, withM: string): boolean {
  return withM.length >= MIN_LENGTH_FOR_RN && readsMAsRn(withM, withRn);
}

/** `scanned` is `meant` with one "m" read as "rn" (Murmu / Murrnu). */
export function readsMAsRn(meant: string, scanned: string): boolean {
  if (scanned.length !== meant.length + 1) return false;
  for (let index = scanned.indexOf('rn'); index >= 0; index = scanned.indexOf('rn', index + 1)) {
    if (`${scanned.slice(0, index)}m${scanned.slice(index + 2)}` === meant) return true;
  }
  return false;
}

function lostOnlyVowel(shorter: string, longer: string): boolean {
  if (shorter.length < 4 || /[aeiouy]/.test(shorter)) return false;
  const edit = classifySingleEdit(shorter, longer);
  return edit !== null && edit.kind === 'insert' && /[aeiou]/.test(edit.char);
}

function vowelReadAsConsonant(a: string, b: string): boolean {
  const edit = classifySingleEdit(a, b);
  if (edit === null || edit.kind !== 'substitute' || edit.index === 0) return false;
  const [written, meant] = isConsonant(edit.char) ? [a, b] : [b, a];
  const [slip, vowel] = [written[edit.index], meant[edit.index]];
  if (!VOWEL_LOOKALIKES.has(slip + vowel)) return false;
  if (slip !== 'l' && written.length < MIN_LENGTH_FOR_KEY_SLIP) return false;
  return isConsonant(written[edit.index - 1]) && (edit.index === written.length - 1 || isConsonant(written[edit.index + 1]));
}
