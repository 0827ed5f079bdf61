import type { AffixKind } from './name-affixes.constants.js';
import type { LexiconEntry } from './name-lexicon.js';

export interface NameToken {
  /** Lowercase letters as written ("mohd", "k"). */
  raw: string;
  /** After abbreviation expansion ("mohammad"); equals `raw` otherwise. */
  text: string;
  /** Transliteration-folded key (see transliteration.normaliser.ts). */
  folded: string;
  /** Folded key without a glued Gujarati/Marathi suffix ("Hiralben" -> "hiral"), else null. */
  stem: string | null;
  /** Gender of that glued suffix (Bhai male; Ben, Bai female), else null. */
  stemGender: 'male' | 'female' | null;
  isInitial: boolean;
  /** The name this spelling is in the name lexicon (name-lexicon.ts), looked up as written; null if unlisted or an initial. */
  lexicon: LexiconEntry | null;
  affix: AffixKind | null;
  /** A leading title such as "Sri" that may also be the first syllable of the given name. */
  isHonorific: boolean;
  /** Set for short forms like "SK" that may instead be two initials. */
  initialsFallback: string | null;
  position: number;
}

export interface RelationFragment {
  /** "S/O", "D/O", "W/O", "C/O" or "H/O". */
  marker: string;
  name: ParsedName;
}

export interface ParsedName {
  tokens: NameToken[];
  /** Tokens joined by single spaces. */
  canonical: string;
  /** Every letter of the input, lowercased, for telling a case, spacing or punctuation-only difference. */
  letters: string;
  /** The input was in an Indian script (Devanagari, Tamil...) and has been written in Latin letters. */
  fromIndicScript: boolean;
  /** A digit inside a word was read as the letter scanners mistake it for (Pati1 -> Patil, 0mkar -> Omkar). */
  digitsRead: boolean;
  honorificsRemoved: string[];
  /** The first title that states a gender ("Mrs", "Shri"), if any. */
  genderedTitle: { title: string; gender: 'male' | 'female' } | null;
  generation: 'junior' | 'senior' | null;
  /** Written with "(HUF)": a Hindu Undivided Family, a taxpayer of its own apart from its karta. */
  undividedFamily: boolean;
  relation: RelationFragment | null;
}
