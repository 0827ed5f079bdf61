import { ReasonCode } from '../reason-code.constants.js';
import type { ScoreSheet } from '../score-sheet.js';
import { DROPPABLE_LEADING_NAMES } from './name-affixes.constants.js';
import { NAME_PENALTIES, NAME_SCORE_CAPS } from './name-penalties.constants.js';
import { display, rolesOf } from './name-roles.js';
import type { NameToken, ParsedName } from './parsed-name.js';
import type { UnpairedSide } from './unpaired-side.js';

/**
 * Unpaired whole names on both sides are a conflict, graded by where it sits: given name,
 * surname or middle. On one side only they are missing parts, except a given name that the
 * other record lacks while naming someone after it ("Suresh Ramesh Gupta" / "Ramesh Gupta").
 */
export function assessUnpairedCore(a: UnpairedSide, b: UnpairedSide, explained: Set<NameToken>, sheet: ScoreSheet): void {
  const coreA = a.core.filter((token) => !explained.has(token));
  const coreB = b.core.filter((token) => !explained.has(token));
  if (coreA.length > 0 && coreB.length > 0) {
    const detail = `'${coreA.map(display).join(' ')}' vs '${coreB.map(display).join(' ')}'`;
    if (coreA.includes(a.roles.given!) || coreB.includes(b.roles.given!)) {
      sheet.cap(ReasonCode.GivenNameDiffers, detail, NAME_SCORE_CAPS.givenNameDiffers);
    } else if (coreA.includes(a.roles.surname!) || coreB.includes(b.roles.surname!)) {
      sheet.deduct(ReasonCode.SurnameDiffers, detail, NAME_PENALTIES.surnameDiffers);
    } else {
      sheet.deduct(ReasonCode.MiddleNameDiffers, detail, NAME_PENALTIES.middleNameDiffers);
    }
    return;
  }
  const [side, other, extra] = coreA.length > 0 ? [a, b, coreA] : [b, a, coreB];
  for (const token of extra) assessOneSided(token, side, other, explained, sheet);
}

function assessOneSided(token: NameToken, side: UnpairedSide, other: UnpairedSide, explained: Set<NameToken>, sheet: ScoreSheet): void {
  const name = display(token);
  if (token === side.roles.given && token.position === 0 && DROPPABLE_LEADING_NAMES.has(token.text) && other.roles.core.length > 1) {
    sheet.deduct(ReasonCode.PrefixMissing, `'${name}' before the given name appears in one record only`, NAME_PENALTIES.prefixMissing);
  } else if (token === side.roles.given) {
    const detail = `given name '${name}' is missing from the other record, which names someone after it`;
    if (other.roles.core.length > 1) sheet.cap(ReasonCode.GivenNameShifted, detail, NAME_SCORE_CAPS.givenNameShifted);
    else sheet.deduct(ReasonCode.GivenNameShifted, detail, NAME_PENALTIES.givenNameShiftedBesideSingleName);
  } else if (token !== side.roles.surname || token.position < side.tokens.length - 1) {
    // A last core name before a trailing Singh or Kumar ("Ajay Pratap Singh") stands in the middle.
    const opposite = middleAffixOf(other, explained);
    if (opposite) {
      explained.add(opposite);
      sheet.deduct(ReasonCode.MiddleNameDiffers, `'${name}' vs '${display(opposite)}'`, NAME_PENALTIES.middleNameDiffers);
    } else {
      sheet.deduct(ReasonCode.MiddleNameMissing, `'${name}' appears in one record only`, NAME_PENALTIES.middleNameMissing);
    }
  } else {
    assessOneSidedSurname(token, other, explained, sheet);
  }
}

function assessOneSidedSurname(token: NameToken, other: UnpairedSide, explained: Set<NameToken>, sheet: ScoreSheet): void {
  const name = display(token);
  // "Rajesh Singh" / "Rajesh Yadav": a trailing Singh, Kumar or Devi stands where the surname goes.
  const otherLast = other.tokens[other.tokens.length - 1];
  if (other.affixes.includes(otherLast) && !explained.has(otherLast)) {
    explained.add(otherLast);
    sheet.deduct(ReasonCode.SurnameDiffers, `'${name}' vs '${display(otherLast)}'`, NAME_PENALTIES.surnameDiffers);
  } else if (relationSurname(other.relation) === token.folded) {
    sheet.deduct(
      ReasonCode.SurnameFromRelation,
      `'${name}' is the relative's surname in the other record`,
      NAME_PENALTIES.surnameFromRelation,
    );
  } else {
    // A lone given name is thin evidence; one with agreeing initials ("Ramesh K") is not.
    const fuller = other.roles.core.length > 1 || other.pairedInitials > 0;
    const points = fuller ? NAME_PENALTIES.surnameMissingBesideFullName : NAME_PENALTIES.surnameMissingBesideSingleName;
    sheet.deduct(ReasonCode.SurnameMissing, `surname '${name}' appears in one record only`, points);
  }
}

// "Bhanwar Lal Meghwal" / "Bhanwar Singh Meghwal": a Kumar, Singh or Devi standing where the
// other record has a middle name is a different middle name, not two missing parts; so is a
// Kumar glued to the given name ("Ramkumar Yadav" / "Ram Kishore Yadav"), and a Mohammad inside a name ("Ghulam
// Mohammad Bhat" / "Ghulam Rasool Bhat"), where it is a name of its own.
function middleAffixOf(other: UnpairedSide, explained: Set<NameToken>): NameToken | undefined {
  const last = other.tokens.length - 1;
  const standalone = other.affixes.find((token) => !explained.has(token) && token.position > 0 && token.position < last);
  // Only a Kumar the partner lacks: Nileshkumar against Nileshkumar says nothing about the middle name.
  return standalone ?? other.gluedGender.find((token) => token.stem !== null && token.text.endsWith(GLUED_KUMAR) && !explained.has(token));
}

const GLUED_KUMAR = 'kumar';

function relationSurname(relation: ParsedName | null): string | null {
  if (relation === null) return null;
  const core = rolesOf(relation.tokens).core;
  return core.length > 0 ? core[core.length - 1].folded : null;
}
