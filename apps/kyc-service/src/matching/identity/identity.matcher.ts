import { compareAddresses } from '../address/address.matcher.js';
import { inAnotherPostalDistrict } from '../address/pincode-district.js';
import { compareDob } from '../dob/dob.matcher.js';
import { assertThresholds, atMost, clampToDecision, decide } from '../match-decision.policy.js';
import type { MatchDecision, MatchReason, MatchResult, MatchThresholds } from '../match-result.js';
import { DEFAULT_IDENTITY_THRESHOLDS, DEFAULT_NAME_THRESHOLDS } from '../match-thresholds.constants.js';
import { findNameSlip, matchNames } from '../name/name.matcher.js';
import { ReasonCode } from '../reason-code.constants.js';
import type { IdentityInput } from './identity-input.js';
import { namesakeRisk } from './namesake-risk.assessor.js';
import { yearAloneCorroborated } from './year-only-corroboration.js';
import { ADDRESS_CONTRADICTS_BELOW, CORROBORATION, IDENTITY_WEIGHTS, UNCORROBORABLE_NAME_REASONS } from './identity-weights.constants.js';

/**
 * Compares an applicant with a source record (bureau, CKYC, DigiLocker). A different name is
 * NO_MATCH whatever else agrees, except a one-letter slip in a long name part beside an exact
 * date of birth (SPELLING_SLIP_CORROBORATED); a date of birth that is not exact reaches MATCH only as a
 * year alone beside a matching name and pincode (DOB_YEAR_CORROBORATED), else stops at REVIEW; a day-month swap is another date, NO_MATCH like any
 * other (the borrower sees DOB_DAY_MONTH_SWAPPED and may correct it in a new attempt, no person needed).
 * Components are 0-100 per part; address is -1 when either record has none.
 */
export function matchIdentity(
  applicant: IdentityInput,
  source: IdentityInput,
  thresholds: MatchThresholds = DEFAULT_IDENTITY_THRESHOLDS,
): MatchResult {
  assertThresholds(thresholds);
  // A slip is weighed below against the date of birth, never accepted on the name alone.
  const name = matchNames(applicant.name, source.name, DEFAULT_NAME_THRESHOLDS, { acceptLongTokenSlip: false });
  const dob = compareDob(applicant.dob, source.dob);
  const reasons: MatchReason[] = [...name.reasons, { code: dob.code, detail: dob.detail }];
  const address = applicant.address && source.address ? compareAddresses(applicant.address, source.address) : null;
  if (address) reasons.push(...address.reasons);
  else reasons.push({ code: ReasonCode.AddressMissing, detail: 'address not compared: absent from a record' });

  const addressWeight = address ? IDENTITY_WEIGHTS.address : 0;
  const weigh = (nameScore: number) => {
    const weighted = IDENTITY_WEIGHTS.name * nameScore + IDENTITY_WEIGHTS.dob * dob.score + addressWeight * (address?.score ?? 0);
    return Math.round(weighted / (IDENTITY_WEIGHTS.name + IDENTITY_WEIGHTS.dob + addressWeight));
  };
  let score = weigh(name.score);

  let decision = decide(score, thresholds);
  const slipCandidate = name.decision === 'MATCH' ? null : findNameSlip(applicant.name, source.name, DEFAULT_NAME_THRESHOLDS);
  const slip = dob.agreement === 'EXACT' ? slipCandidate : null;
  // One letter in a long name, everything else agreeing, and the exact date of birth: a slip, not another person,
  // scored as the identity would be without it (so a partner's stricter thresholds still apply).
  if (slip && decide(weigh(slip.scoreWithSlip), thresholds) === 'MATCH') {
    score = weigh(slip.scoreWithSlip);
    decision = 'MATCH';
    const detail = `'${slip.a}' ~ '${slip.b}' differ by one letter (${slip.kind}); the name would score ${slip.scoreWithSlip} without it and the date of birth is exact`;
    reasons.push({ code: ReasonCode.SpellingSlipCorroborated, detail });
  } else if (name.decision === 'NO_MATCH') {
    decision = 'NO_MATCH';
    reasons.push({ code: ReasonCode.NameMismatch, detail: `name score ${name.score} is below review` });
  } else if (name.decision === 'REVIEW') {
    const corroborated =
      dob.agreement === 'EXACT' &&
      name.score >= CORROBORATION.minimumNameScore &&
      (address?.score ?? 0) >= CORROBORATION.minimumAddressScore &&
      !name.reasons.some((reason) => UNCORROBORABLE_NAME_REASONS.has(reason.code));
    // A one-letter slip may be the whole conflict: a person weighs it, whatever else differs.
    const contradiction =
      corroborated || slipCandidate ? null : contradictionBesideNameConflict(name.reasons, dob.agreement, address?.score ?? null);
    if (corroborated) {
      reasons.push({ code: ReasonCode.IdentityCorroborated, detail: 'exact date of birth and address support a partial name' });
    } else if (contradiction) {
      decision = 'NO_MATCH';
      reasons.push({ code: ReasonCode.NameMismatch, detail: `name score ${name.score} with a conflicting part, and ${contradiction}` });
    } else {
      decision = atMost(decision, 'REVIEW');
      reasons.push({ code: ReasonCode.NameNeedsReview, detail: `name score ${name.score} needs a person to confirm` });
    }
  }
  // Another city is another person until the borrower proves the move (the labelling convention of every
  // recent evaluation author): a namesake born the same day is likelier than a record that followed a move.
  if (decision === 'MATCH' && applicant.address && source.address && inAnotherPostalDistrict(applicant.address, source.address)) {
    decision = 'NO_MATCH';
    reasons.push({ code: ReasonCode.AddressInAnotherCity, detail: 'the pincodes lie in different postal districts' });
  }
  const namesake =
    decision === 'MATCH' && addressContradicts(address?.score ?? null)
      ? namesakeRisk(applicant, source, address?.reasons.some((reason) => reason.code === ReasonCode.PincodeDiffers) ?? false)
      : null;
  // A different address alone is a move only where the name is distinctive or the pincode stays the same.
  if (namesake) {
    decision = 'REVIEW';
    reasons.push({ code: ReasonCode.NamesakePossible, detail: `the addresses differ and ${namesake}` });
  }
  const yearCorroborated = decision === 'MATCH' && yearAloneCorroborated(name, dob, address);
  if (yearCorroborated) {
    reasons.push({
      code: ReasonCode.DobYearCorroborated,
      detail: 'the year of birth agrees and the name and address (same pincode) match',
    });
  }
  decision = applyDobCeiling(decision, dob.agreement, yearCorroborated);
  return {
    score: clampToDecision(score, decision, thresholds),
    decision,
    reasons,
    components: { name: name.score, dob: dob.score, address: address?.score ?? -1 },
  };
}

// A name part that names someone else (another surname, middle name, initial, relative) stays for a person
// to weigh only while everything else agrees; a second, independent disagreement settles it.
function contradictionBesideNameConflict(
  nameReasons: readonly MatchReason[],
  dob: ReturnType<typeof compareDob>['agreement'],
  addressScore: number | null,
): string | null {
  if (!nameReasons.some((reason) => UNCORROBORABLE_NAME_REASONS.has(reason.code))) return null;
  if (dob === 'DAY_MONTH_SWAPPED') return 'the date of birth is not the same (day and month swapped)';
  if (addressContradicts(addressScore)) return `the addresses differ (${addressScore})`;
  return null;
}

function addressContradicts(addressScore: number | null): boolean {
  return addressScore !== null && addressScore < ADDRESS_CONTRADICTS_BELOW;
}

function applyDobCeiling(
  decision: MatchDecision,
  agreement: ReturnType<typeof compareDob>['agreement'],
  yearCorroborated: boolean,
): MatchDecision {
  if (agreement === 'DIFFERENT' || agreement === 'DAY_MONTH_SWAPPED') return 'NO_MATCH';
  return agreement === 'EXACT' || yearCorroborated ? decision : atMost(decision, 'REVIEW');
}
