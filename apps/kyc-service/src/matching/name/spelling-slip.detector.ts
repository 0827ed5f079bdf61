import { ScoreSheet } from '../score-sheet.js';
import { assessAlignment } from './name.scorer.js';
import { lexiconRelation } from './name-lexicon.js';
import type { NameToken, ParsedName } from './parsed-name.js';
import { SLIP_BLOCKING_REASONS, SLIP_MIN_TOKEN_LENGTH, SOUND_ALIKE_NAME_PAIRS } from './spelling-slip.constants.js';
import { type SingleEdit, classifySingleEdit } from './single-edit.classifier.js';
import type { TokenAlignment } from './token-alignment.js';
import { alignTokens } from './token.aligner.js';
import { resolveInitialsFallbacks } from './initials-fallback.resolver.js';
import { CONFUSABLE_CONSONANTS } from './typo-confusions.constants.js';
import { isFirstVowel, isVowel } from './letters.js';

/** The single edit between two spellings when it reads as a slip rather than another name, else null. */
export type SlipEditRule = (a: NameToken, b: NameToken) => SingleEdit | null;

export interface SpellingSlip {
  /** The two spellings as written ("Kulkarni", "Kulkanri"). */
  a: string;
  b: string;
  kind: SingleEdit['kind'];
  /** The name score with the slip read as a typo: what the name would score without it. */
  scoreWithSlip: number;
}

/**
 * Finds the one-letter slip that alone keeps two names apart: a single unpaired whole token on
 * each side, one substitution, swap, insertion or deletion apart, in a long name and not where
 * Indian names form minimal pairs, with every other part agreeing and at least one other whole
 * name part paired. Returns null otherwise; the name's own score and decision are not changed.
 */
export function findSpellingSlip(
  first: ParsedName,
  second: ParsedName,
  matchThreshold: number,
  reviewThreshold: number,
  slipEdit: SlipEditRule = corroborableEdit,
): SpellingSlip | null {
  if (first.tokens.length === 0 || second.tokens.length === 0) return null;
  const alignment = alignTokens(
    resolveInitialsFallbacks(first.tokens, second.tokens),
    resolveInitialsFallbacks(second.tokens, first.tokens),
  );
  const leftA = unpairedWholeTokens(alignment.a, alignment.pairedA);
  const leftB = unpairedWholeTokens(alignment.b, alignment.pairedB);
  const candidates: Array<[NameToken, NameToken, SingleEdit]> = [];
  for (const a of leftA) {
    for (const b of leftB) {
      const edit = slipEdit(a, b);
      if (edit) candidates.push([a, b, edit]);
    }
  }
  if (candidates.length !== 1) return null;
  const [a, b, edit] = candidates[0];
  const othersPaired = alignment.pairs.some((pair) => pair.kind !== 'INITIAL');
  if (!othersPaired) return null;
  const withSlip = withPair(alignment, a.position, b.position);
  const sheet = new ScoreSheet();
  assessAlignment(withSlip, first, second, matchThreshold, reviewThreshold, sheet);
  if (sheet.score < matchThreshold || sheet.reasons.some((reason) => SLIP_BLOCKING_REASONS.has(reason.code))) return null;
  return { a: capitalise(a.raw), b: capitalise(b.raw), kind: edit.kind, scoreWithSlip: sheet.score };
}

function unpairedWholeTokens(tokens: NameToken[], paired: boolean[]): NameToken[] {
  return tokens.filter((token, index) => !paired[index] && !token.isInitial && !token.isHonorific);
}

/** The single edit between two spellings when it reads as a slip rather than another name. */
function corroborableEdit(x: NameToken, y: NameToken): SingleEdit | null {
  const [a, b] = [x.text, y.text];
  if (Math.min(a.length, b.length) < SLIP_MIN_TOKEN_LENGTH) return null;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return null;
  if (SOUND_ALIKE_NAME_PAIRS.has(`${a}/${b}`) || SOUND_ALIKE_NAME_PAIRS.has(`${x.folded}/${y.folded}`)) return null;
  if (lexiconRelation(x.lexicon, y.lexicon) === 'DIFFERENT') return null;
  const edit = classifySingleEdit(a, b);
  if (edit === null || edit.index === 0) return null;
  const word = a.length >= b.length ? a : b;
  if (edit.kind === 'transpose') return edit;
  // A consonant added or dropped makes another name (Paresh/Parvesh, Rajan/Ranjan, Shivani/Shivangi).
  if (edit.kind === 'insert') return isVowel(edit.char) && !isFirstVowel(word, edit.index) ? edit : null;
  if (isVowel(edit.char) !== isVowel(edit.other)) return null;
  if (isVowel(edit.char)) return isFirstVowel(a, edit.index) ? null : edit;
  const secondHalf = edit.index >= word.length / 2;
  return secondHalf && CONFUSABLE_CONSONANTS.has(edit.char + edit.other) ? edit : null;
}

function withPair(alignment: TokenAlignment, i: number, j: number): TokenAlignment {
  const pairedA = [...alignment.pairedA];
  const pairedB = [...alignment.pairedB];
  pairedA[i] = true;
  pairedB[j] = true;
  return { ...alignment, pairs: [...alignment.pairs, { a: [i], b: [j], kind: 'TYPO' }], pairedA, pairedB };
}

const capitalise = (raw: string): string => raw[0].toUpperCase() + raw.slice(1);
