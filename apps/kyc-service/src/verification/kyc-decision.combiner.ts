import type { KycCompletedEvent, KycStatusReply } from '@los/contracts';
import type { MatchThresholds } from '../matching/index.js';
import type { SourceName } from '../sources/identity-source.js';
import { bySource, KycReason } from './kyc-reason.constants.js';
import { corroboratedMoves } from './move-corroboration.js';
import { corroboratedSlips } from './slip-corroboration.js';
import type { SourceAssessment } from './source-assessment.js';
import { bandScore } from './source.assessor.js';

export interface KycDecision {
  status: KycCompletedEvent['status'];
  score: number;
  /** Failing reasons first, then those that need a person, then information. */
  reasons: string[];
  components: KycStatusReply['components'];
  /** In review only because a source was unavailable: worth asking that source again later. */
  redrivable: boolean;
}

/** Aadhaar carries the most (biometric-backed demographic record), PAN and CKYC the rest. */
export const SOURCE_WEIGHTS: Readonly<Record<SourceName, number>> = Object.freeze({ PAN: 0.3, AADHAAR: 0.4, CKYC: 0.3 });
const ADDRESS_DIFFERS_BELOW = 50;

/**
 * FAILED when a source clearly says no (PAN or Aadhaar unknown, PAN not VALID, a name or date of
 * birth that does not match); a one-letter name slip on an exact date of birth passes when another
 * source backs it (SPELLING_SLIP_CORROBORATED) and otherwise goes to a person, never straight to
 * FAILED; so does a record in another city (ADDRESS_MOVE_CORROBORATED, else ADDRESS_IN_ANOTHER_CITY); VERIFIED when every source that answered matches and none was
 * unavailable (CKYC may simply have no record); REVIEW otherwise. The score is the weighted mean
 * of the answering sources' scores, kept inside the band of the status.
 */
export function combineAssessments(assessments: SourceAssessment[], thresholds: MatchThresholds): KycDecision {
  const fail = new Set<string>();
  const review = new Set<string>();
  const info = new Set<string>();
  const dobExplained = assessments.some((a) => a.source !== 'PAN' && (a.dob === 'SWAPPED' || a.dob === 'PARTIAL'));
  const slipsBacked = corroboratedSlips(assessments);
  const movesBacked = corroboratedMoves(assessments);

  for (const a of assessments) {
    const source = a.source;
    if (a.status === 'UNAVAILABLE') review.add(bySource(KycReason.SourceUnavailable, source));
    else if (a.status === 'ERROR' && a.lastError === KycReason.AadhaarOtpInvalid) fail.add(KycReason.AadhaarOtpInvalid);
    else if (a.status === 'ERROR') review.add(bySource(KycReason.SourceError, source));
    else if (a.status === 'NOT_FOUND') {
      if (source === 'PAN') fail.add(KycReason.PanNotFound);
      else if (source === 'AADHAAR') fail.add(KycReason.AadhaarNotFound);
      else info.add(KycReason.CkycNotFound);
    } else {
      const before = fail.size + review.size;
      if (source === 'PAN' && a.panStatus !== 'VALID') fail.add(KycReason.PanNotValid);
      if (source === 'PAN' && a.aadhaarSeeded === false) review.add(KycReason.PanAadhaarNotLinked);
      if (a.spellingSlip && slipsBacked.has(source)) info.add(bySource(KycReason.SpellingSlipCorroborated, source));
      else if (a.spellingSlip) review.add(bySource(KycReason.SpellingSlipUncorroborated, source));
      else if (a.nameDecision === 'NO_MATCH') fail.add(bySource(KycReason.NameMismatch, source));
      else if (a.nameDecision === 'REVIEW') review.add(bySource(KycReason.NameReview, source));
      if (a.dob === 'DIFFERENT') {
        // PAN only says yes or no; a day-month swap seen elsewhere explains its "no".
        if (source === 'PAN' && dobExplained) review.add(bySource(KycReason.DobUnconfirmed, source));
        else fail.add(bySource(KycReason.DobMismatch, source));
      }
      if (a.dob === 'SWAPPED') review.add(bySource(KycReason.DobDayMonthSwapped, source));
      if (a.dob === 'PARTIAL') review.add(bySource(KycReason.DobPartial, source));
      if (a.genderAgrees === false) review.add(bySource(KycReason.GenderMismatch, source));
      if (a.addressElsewhere && movesBacked.has(source)) info.add(bySource(KycReason.AddressMoveCorroborated, source));
      else if (a.addressElsewhere) review.add(bySource(KycReason.AddressInAnotherCity, source));
      const accepted = a.decision === 'MATCH' || movesBacked.has(source);
      if (!accepted && fail.size + review.size === before) review.add(bySource(KycReason.IdentityReview, source));
      if (a.components.address !== null && a.components.address < ADDRESS_DIFFERS_BELOW) {
        info.add(bySource(KycReason.AddressDiffers, source));
      }
      if (a.foundBy === 'NAME_DOB') info.add(KycReason.CkycFoundByNameDob);
    }
  }

  const status = fail.size > 0 ? 'FAILED' : review.size > 0 ? 'REVIEW' : 'VERIFIED';
  if (status === 'VERIFIED') info.add(KycReason.AllSourcesMatch);
  const decision = status === 'VERIFIED' ? 'MATCH' : status === 'REVIEW' ? 'REVIEW' : 'NO_MATCH';
  const redrivable = status === 'REVIEW' && [...review].every((reason) => reason.startsWith(`${KycReason.SourceUnavailable}:`));
  return {
    status,
    score: bandScore(weightedScore(assessments), decision, thresholds),
    reasons: [...fail, ...review, ...info],
    components: componentsOf(assessments),
    redrivable,
  };
}

function weightedScore(assessments: SourceAssessment[]): number {
  const scored = assessments.filter((a) => a.score !== null);
  const weight = scored.reduce((sum, a) => sum + SOURCE_WEIGHTS[a.source], 0);
  if (weight === 0) return 0;
  return Math.round(scored.reduce((sum, a) => sum + SOURCE_WEIGHTS[a.source] * a.score!, 0) / weight);
}

function componentsOf(assessments: SourceAssessment[]): KycStatusReply['components'] {
  const nameOf = (source: SourceName) => assessments.find((a) => a.source === source)?.components.name ?? null;
  const values = (part: 'dob' | 'address' | 'gender') =>
    assessments.map((a) => a.components[part]).filter((value): value is number => value !== null);
  const [dob, address, gender] = [values('dob'), values('address'), values('gender')];
  return {
    name: { pan: nameOf('PAN'), aadhaar: nameOf('AADHAAR'), ckyc: nameOf('CKYC') },
    // The weakest date of birth and gender count; the address only needs one source that knows it.
    dob: dob.length ? Math.min(...dob) : null,
    address: address.length ? Math.max(...address) : null,
    gender: gender.length ? Math.min(...gender) : null,
  };
}
