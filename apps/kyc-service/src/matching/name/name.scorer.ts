import { ReasonCode } from '../reason-code.constants.js';
import { ScoreSheet } from '../score-sheet.js';
import { resolveInitialsFallbacks } from './initials-fallback.resolver.js';
import { nameComponents } from './name-components.js';
import { NAME_PENALTIES, NAME_SCORE_CAPS } from './name-penalties.constants.js';
import { rolesOf } from './name-roles.js';
import { assessPairs } from './paired-tokens.assessor.js';
import type { ParsedName } from './parsed-name.js';
import type { TokenAlignment } from './token-alignment.js';
import { assessFemaleMarkersOnMaleNames } from './title-given-name.assessor.js';
import { alignTokens } from './token.aligner.js';
import { assessTwoPartSwap } from './two-part-swap.assessor.js';
import { assessUnpaired } from './unpaired-tokens.assessor.js';

export interface NameScore {
  score: number;
  sheet: ScoreSheet;
  components: Record<string, number>;
}

/** Scores two parsed names 0-100, recording a reason for every point deducted. */
export function scoreNames(first: ParsedName, second: ParsedName, matchThreshold: number, reviewThreshold: number): NameScore {
  const sheet = new ScoreSheet();
  if (first.tokens.length === 0 || second.tokens.length === 0) {
    sheet.cap(ReasonCode.EmptyName, 'a name has no letters once titles and relatives are removed', 0);
    return { score: 0, sheet, components: { givenName: 0, surname: 0, coverage: 0, penalty: 0 } };
  }
  noteNormalisation(first, second, sheet);
  const alignment = alignTokens(
    resolveInitialsFallbacks(first.tokens, second.tokens),
    resolveInitialsFallbacks(second.tokens, first.tokens),
  );
  const components = assessAlignment(alignment, first, second, matchThreshold, reviewThreshold, sheet);
  return { score: sheet.score, sheet, components };
}

/** Scores an alignment the scorer or a caller made: pairings, leftovers, relatives, Jr/Sr. */
export function assessAlignment(
  alignment: TokenAlignment,
  first: ParsedName,
  second: ParsedName,
  matchThreshold: number,
  reviewThreshold: number,
  sheet: ScoreSheet,
): Record<string, number> {
  const roles = [rolesOf(alignment.a), rolesOf(alignment.b)] as const;
  assessPairs(alignment, roles[0], roles[1], sheet);
  assessUnpaired(alignment, roles, [first, second], sheet);
  assessFemaleMarkersOnMaleNames(alignment, roles, [first, second], sheet);
  assessTwoPartSwap(alignment, [first, second], sheet);
  assessRelations(first, second, matchThreshold, reviewThreshold, sheet);
  assessGenerations(first, second, sheet);
  assessUndividedFamily(first, second, sheet);
  if (sheet.reasons.length === 0) sheet.note(ReasonCode.ExactMatch, 'every name part agrees');
  return nameComponents(alignment, roles, sheet.penalty);
}

function noteNormalisation(first: ParsedName, second: ParsedName, sheet: ScoreSheet): void {
  if (first.fromIndicScript || second.fromIndicScript)
    sheet.note(ReasonCode.ScriptTransliterated, 'Indian script written in Latin letters before comparing');
  if (first.digitsRead || second.digitsRead)
    sheet.note(ReasonCode.OcrDigitRead, 'a digit inside a word was read as the letter it resembles');
  const removed = [...first.honorificsRemoved, ...second.honorificsRemoved];
  if (removed.length > 0) sheet.note(ReasonCode.HonorificRemoved, `ignored title(s): ${[...new Set(removed)].join(', ')}`);
  for (const relation of [first.relation, second.relation]) {
    if (relation === null) continue;
    const relative = relation.name.canonical;
    sheet.note(ReasonCode.RelationFragmentRemoved, `'${relation.marker} ${relative}' names a relative and was set aside`);
  }
}

// Both records naming a relative gives a second check: different fathers mean different people.
function assessRelations(first: ParsedName, second: ParsedName, matchThreshold: number, reviewThreshold: number, sheet: ScoreSheet): void {
  if (first.relation === null || second.relation === null) return;
  // A father and a husband are both valid relatives of one woman; only like compares with like.
  const kind = relationKindOf(first.relation.marker);
  if (kind === null || kind !== relationKindOf(second.relation.marker)) return;
  if (first.relation.name.tokens.length === 0 || second.relation.name.tokens.length === 0) return;
  const relatives = scoreNames(first.relation.name, second.relation.name, matchThreshold, reviewThreshold);
  const detail = `'${first.relation.name.canonical}' vs '${second.relation.name.canonical}'`;
  if (relatives.score >= matchThreshold) sheet.note(ReasonCode.RelationMatched, detail);
  else if (relatives.score >= reviewThreshold) sheet.deduct(ReasonCode.RelationDiffers, detail, NAME_PENALTIES.relativeNeedsReview);
  else sheet.deduct(ReasonCode.RelationDiffers, detail, NAME_PENALTIES.relationDiffers);
}

function assessGenerations(first: ParsedName, second: ParsedName, sheet: ScoreSheet): void {
  if (first.generation === second.generation) return;
  const detail = `${first.generation ?? 'no suffix'} vs ${second.generation ?? 'no suffix'}`;
  if (first.generation !== null && second.generation !== null) {
    sheet.cap(ReasonCode.GenerationDiffers, detail, NAME_SCORE_CAPS.generationDiffers);
  } else {
    // One record says Jr or Sr: the other may be the namesake parent or child.
    sheet.deduct(ReasonCode.GenerationDiffers, detail, NAME_PENALTIES.generationOneSided);
  }
}

// An HUF holds its own PAN and accounts: the family and its karta are two parties with one name.
function assessUndividedFamily(first: ParsedName, second: ParsedName, sheet: ScoreSheet): void {
  if (first.undividedFamily === second.undividedFamily) return;
  const detail = `${first.undividedFamily ? 'HUF' : 'individual'} vs ${second.undividedFamily ? 'HUF' : 'individual'}`;
  sheet.cap(ReasonCode.UndividedFamilyDiffers, detail, NAME_SCORE_CAPS.undividedFamilyDiffers);
}

function relationKindOf(marker: string): 'parent' | 'spouse' | null {
  if (marker === 'S/O' || marker === 'D/O' || marker === 'F/N') return 'parent';
  return marker === 'W/O' || marker === 'H/O' || marker === 'H/N' ? 'spouse' : null;
}
