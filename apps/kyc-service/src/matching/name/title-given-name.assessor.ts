import { ReasonCode } from '../reason-code.constants.js';
import type { ScoreSheet } from '../score-sheet.js';
import { isMaleGivenName } from './male-given-names.constants.js';
import { NAME_SCORE_CAPS } from './name-penalties.constants.js';
import { type NameRoles, display } from './name-roles.js';
import type { ParsedName } from './parsed-name.js';
import type { TokenAlignment } from './token-alignment.js';

/**
 * Old ration cards and voter rolls name a wife by her husband's name ("Mrs Rakesh Gupta"), so a
 * female title before a name only men bear, where the other record has no female title, is the
 * wife against her husband. A Kumari or Devi after such a name in one record only is a doubt.
 */
export function assessFemaleMarkersOnMaleNames(
  alignment: TokenAlignment,
  roles: readonly [NameRoles, NameRoles],
  names: readonly [ParsedName, ParsedName],
  sheet: ScoreSheet,
): void {
  if (sheet.reasons.some((reason) => reason.code === ReasonCode.GenderMarkerConflict)) return;
  for (const [own, other] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const given = roles[own].given;
    if (given === null || !isMaleGivenName(given.text) || isFemale(names[other], alignment, other)) continue;
    const title = names[own].genderedTitle;
    if (title?.gender === 'female') {
      const detail = `'${display({ raw: title.title, isInitial: false })} ${display(given)}' names a woman by a man's name; the other record has no female title`;
      return sheet.cap(ReasonCode.GenderMarkerConflict, detail, NAME_SCORE_CAPS.femaleTitleOnMaleName);
    }
    const suffix = unpairedFemaleAffix(alignment, own);
    if (suffix) {
      const detail = `'${display(given)} ${display(suffix)}' is a woman's name in one record only`;
      return sheet.cap(ReasonCode.GenderMarkerConflict, detail, NAME_SCORE_CAPS.femaleSuffixOnMaleName);
    }
  }
}

function isFemale(name: ParsedName, alignment: TokenAlignment, side: 0 | 1): boolean {
  if (name.genderedTitle !== null) return true; // a male title is the gender markers' conflict to call
  return (side === 0 ? alignment.a : alignment.b).some((token) => token.affix === 'female' || token.stemGender === 'female');
}

function unpairedFemaleAffix(alignment: TokenAlignment, side: 0 | 1) {
  const [tokens, paired] = side === 0 ? [alignment.a, alignment.pairedA] : [alignment.b, alignment.pairedB];
  return tokens.find((token) => token.affix === 'female' && !token.isInitial && !paired[token.position]) ?? null;
}
