import { ReasonCode } from '../reason-code.constants.js';
import type { ScoreSheet } from '../score-sheet.js';
import { lexiconRelation } from './name-lexicon.js';
import { NAME_PENALTIES } from './name-penalties.constants.js';
import { type NameRoles, display } from './name-roles.js';
import type { NameToken } from './parsed-name.js';
import type { AlignedPair, TokenAlignment } from './token-alignment.js';

/** Explains and prices each pairing the aligner made, and the order they appear in. */
export function assessPairs(alignment: TokenAlignment, rolesA: NameRoles, rolesB: NameRoles, sheet: ScoreSheet): void {
  for (const pair of alignment.pairs) assessPair(pair, alignment, sheet);
  assessSurnameOnset(alignment, rolesA, rolesB, sheet);
  const givenByInitial = alignment.pairs.find(
    (pair) => pair.kind === 'INITIAL' && (holds(pair.a, rolesA.given) || holds(pair.b, rolesB.given)),
  );
  if (givenByInitial) {
    const detail = `the given name is only an initial in one record (${describe(givenByInitial, alignment)})`;
    sheet.deduct(ReasonCode.GivenNameAsInitial, detail, NAME_PENALTIES.givenNameAsInitial);
  }
  if (!inSameOrder(alignment.pairs)) {
    sheet.deduct(ReasonCode.TokenOrderDiffers, 'the same names appear in a different order', NAME_PENALTIES.orderDiffers);
    assessGivenMiddleSwap(alignment, rolesA, rolesB, sheet);
  }
}

// Records move a surname to the front (CKYC "SHARMA RAJESH KUMAR"), but a son named after his
// father's given name reads "Thomas Chacko Kunnumpurath" against the father's "Chacko Thomas
// Kunnumpurath": given and middle trade places while the surname stays put.
function assessGivenMiddleSwap(alignment: TokenAlignment, rolesA: NameRoles, rolesB: NameRoles, sheet: ScoreSheet): void {
  const partner = (token: NameToken | null, fromA: boolean): NameToken | null => {
    if (token === null) return null;
    const pair = alignment.pairs.find((candidate) => (fromA ? candidate.a : candidate.b).includes(token.position));
    const other = pair && (fromA ? pair.b : pair.a);
    return other?.length === 1 ? (fromA ? alignment.b : alignment.a)[other[0]] : null;
  };
  if (rolesA.surname === null || partner(rolesA.surname, true) !== rolesB.surname) return;
  const givenA = partner(rolesA.given, true);
  const givenB = partner(rolesB.given, false);
  if (!isMiddleName(givenA, rolesB) || !isMiddleName(givenB, rolesA)) return;
  const detail = `'${display(rolesA.given!)}' and '${display(givenB!)}' trade given and middle places beside the same surname`;
  sheet.deduct(ReasonCode.GivenNameShifted, detail, NAME_PENALTIES.givenAndMiddleSwapped);
}

// Bengali and Odia write v as b in given names (Vijay / Bijay), but a family name keeps its letter: Vora and
// Bora, Vedi and Bedi are different families, one letter apart (the convention's one-letter real names).
function assessSurnameOnset(alignment: TokenAlignment, rolesA: NameRoles, rolesB: NameRoles, sheet: ScoreSheet): void {
  const pair = alignment.pairs.find((candidate) => holds(candidate.a, rolesA.surname) && holds(candidate.b, rolesB.surname));
  if (!pair || pair.kind !== 'TRANSLITERATION' || pair.a.length !== 1 || pair.b.length !== 1) return;
  const [a, b] = [alignment.a[pair.a[0]], alignment.b[pair.b[0]]];
  // The lexicon knows some families written with either letter (Vajpayee / Bajpai).
  if (lexiconRelation(a.lexicon, b.lexicon) === 'SAME') return;
  const onsets = a.text[0] + b.text[0];
  if (onsets !== 'bv' && onsets !== 'vb') return;
  sheet.deduct(
    ReasonCode.SurnameDiffers,
    `${describe(pair, alignment)}: b and v begin different family names`,
    NAME_PENALTIES.surnameDiffers,
  );
}

function isMiddleName(token: NameToken | null, roles: NameRoles): boolean {
  return token !== null && roles.core.includes(token) && token !== roles.given && token !== roles.surname;
}

function assessPair(pair: AlignedPair, alignment: TokenAlignment, sheet: ScoreSheet): void {
  const text = describe(pair, alignment);
  switch (pair.kind) {
    case 'ABBREVIATION':
      return sheet.deduct(ReasonCode.AbbreviationExpanded, text, NAME_PENALTIES.abbreviation);
    case 'TRANSLITERATION':
      return sheet.deduct(ReasonCode.TransliterationVariant, text, NAME_PENALTIES.transliteration);
    case 'TYPO':
      return sheet.deduct(ReasonCode.TypoTolerated, text, NAME_PENALTIES.typo);
    case 'SUFFIX_STRIPPED':
      return sheet.deduct(ReasonCode.SuffixMissing, `${text}: a glued suffix appears in one record only`, NAME_PENALTIES.suffixMissing);
    case 'JOINED':
      return sheet.deduct(ReasonCode.TokensJoined, text, NAME_PENALTIES.joined);
    case 'INITIAL':
      return sheet.deduct(ReasonCode.InitialMatched, text, NAME_PENALTIES.initial);
    case 'EXACT':
      return;
  }
}

function describe(pair: AlignedPair, alignment: TokenAlignment): string {
  return `'${joinDisplay(pair.a, alignment.a)}' ~ '${joinDisplay(pair.b, alignment.b)}'`;
}

function joinDisplay(positions: number[], tokens: NameToken[]): string {
  return positions.map((position) => display(tokens[position])).join(' ');
}

function holds(positions: number[], token: NameToken | null): boolean {
  return token !== null && positions.includes(token.position);
}

function inSameOrder(pairs: AlignedPair[]): boolean {
  const ordered = [...pairs].sort((x, y) => x.a[0] - y.a[0]);
  for (let index = 1; index < ordered.length; index++) {
    if (ordered[index].b[0] < ordered[index - 1].b[0]) return false;
  }
  return true;
}
