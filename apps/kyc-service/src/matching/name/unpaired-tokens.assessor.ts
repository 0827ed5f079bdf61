import { ReasonCode } from '../reason-code.constants.js';
import type { ScoreSheet } from '../score-sheet.js';
import { assessGenderMarkers } from './gender-markers.assessor.js';
import { gluedGenderTokens } from './glued-suffix-gender.js';
import { NAME_PREFIX_AFFIXES } from './name-affixes.constants.js';
import { NAME_PENALTIES, NAME_SCORE_CAPS } from './name-penalties.constants.js';
import { type NameRoles, display } from './name-roles.js';
import type { NameToken, ParsedName } from './parsed-name.js';
import type { AlignedPair, TokenAlignment } from './token-alignment.js';
import { assessUnpairedCore } from './unpaired-core.assessor.js';
import { assessUnpairedInitials } from './unpaired-initials.assessor.js';
import { type UnpairedSide, unpairedSideOf } from './unpaired-side.js';

/** Explains what the aligner could not pair: missing parts cost a little, conflicting parts a lot. */
export function assessUnpaired(
  alignment: TokenAlignment,
  roles: readonly [NameRoles, NameRoles],
  names: readonly [ParsedName, ParsedName],
  sheet: ScoreSheet,
): void {
  if (alignment.pairs.length === 0) {
    sheet.cap(ReasonCode.NoCommonTokens, 'no name part agrees', NAME_SCORE_CAPS.noCommonTokens);
    return;
  }
  const touchesCore = (pair: AlignedPair) =>
    pair.a.some((i) => roles[0].core.includes(alignment.a[i])) || pair.b.some((j) => roles[1].core.includes(alignment.b[j]));
  if (!alignment.pairs.some((pair) => pair.kind !== 'INITIAL' && touchesCore(pair))) {
    sheet.cap(ReasonCode.OnlyInitialsAgree, 'only initials or suffixes agree', NAME_SCORE_CAPS.onlyInitialsAgree);
  }
  const initialPairs = alignment.pairs.filter(
    (pair) => pair.a.length === 1 && pair.b.length === 1 && alignment.a[pair.a[0]].isInitial && alignment.b[pair.b[0]].isInitial,
  );
  const initialsA = initialPairs.map((pair) => alignment.a[pair.a[0]]);
  const initialsB = initialPairs.map((pair) => alignment.b[pair.b[0]]);
  const a = unpairedSideOf(alignment.a, alignment.pairedA, roles[0], names[0], gluedGenderTokens(alignment, false), initialsA);
  const b = unpairedSideOf(alignment.b, alignment.pairedB, roles[1], names[1], gluedGenderTokens(alignment, true), initialsB);
  const explained = new Set<NameToken>();
  assessGenderMarkers(a, b, explained, sheet);
  assessTrailingAffixes(a, b, explained, sheet);
  assessUnpairedInitials(a, b, explained, sheet);
  assessUnpairedCore(a, b, explained, sheet);
  for (const token of [...a.affixes, ...b.affixes]) if (!explained.has(token)) assessMissingAffix(token, sheet);
}

// "Asif Singh" / "Asif Syed": different words where the surname goes, whatever their kind, are not two missing parts.
function assessTrailingAffixes(a: UnpairedSide, b: UnpairedSide, explained: Set<NameToken>, sheet: ScoreSheet): void {
  const [lastA, lastB] = [a.tokens[a.tokens.length - 1], b.tokens[b.tokens.length - 1]];
  if (!a.affixes.includes(lastA) || !b.affixes.includes(lastB) || explained.has(lastA) || explained.has(lastB)) return;
  if (a.tokens.length < 2 || b.tokens.length < 2) return;
  sheet.deduct(ReasonCode.SuffixDiffers, `'${display(lastA)}' vs '${display(lastB)}'`, NAME_PENALTIES.suffixDiffers);
  explained.add(lastA).add(lastB);
}

function assessMissingAffix(token: NameToken, sheet: ScoreSheet): void {
  const detail = `'${display(token)}' appears in one record only`;
  if (NAME_PREFIX_AFFIXES.has(token.text) || NAME_PREFIX_AFFIXES.has(token.folded)) {
    sheet.deduct(ReasonCode.PrefixMissing, detail, NAME_PENALTIES.prefixMissing);
  } else {
    sheet.deduct(ReasonCode.SuffixMissing, detail, NAME_PENALTIES.suffixMissing);
  }
}
