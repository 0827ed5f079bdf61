import {
  DEFAULT_NAME_THRESHOLDS,
  findNameSlip,
  matchIdentity,
  matchNames,
  ReasonCode,
  type MatchDecision,
  type MatchResult,
  type MatchThresholds,
} from '../matching/index.js';
import type { KycSubject, SourceReport } from '../sources/identity-source.js';
import { NO_COMPONENTS, type DobAgreement, type SourceAssessment } from './source-assessment.js';

const RANK: Record<MatchDecision, number> = { NO_MATCH: 0, REVIEW: 1, MATCH: 2 };
// PAN verification returns a name and a yes/no on the date of birth; the name carries the weight.
const PAN_WEIGHTS = { name: 0.75, dob: 0.25 } as const;

const DOB_BY_REASON: Record<string, DobAgreement> = {
  [ReasonCode.DobMatched]: 'EXACT',
  [ReasonCode.DobDayMonthSwapped]: 'SWAPPED',
  [ReasonCode.DobYearOnly]: 'PARTIAL',
  [ReasonCode.DobMissing]: 'PARTIAL',
  [ReasonCode.DobUnparseable]: 'PARTIAL',
  [ReasonCode.DobDiffers]: 'DIFFERENT',
};

export type Applicant = Pick<KycSubject, 'fullName' | 'dob' | 'gender' | 'address'>;

/** Compares the applicant with one source's answer using the matching engine. */
export function assessSource(applicant: Applicant, report: SourceReport, thresholds: MatchThresholds): SourceAssessment {
  const unanswered: SourceAssessment = {
    source: report.source,
    status: report.status,
    decision: null,
    score: null,
    components: { ...NO_COMPONENTS },
    nameDecision: null,
    dob: null,
    genderAgrees: null,
    reasons: [],
  };
  if (report.status !== 'OK' || !report.record) {
    return { ...unanswered, status: report.status === 'OK' ? 'ERROR' : report.status, lastError: report.lastError };
  }
  return report.source === 'PAN' ? assessPan(applicant, report, thresholds) : assessRecord(applicant, report, thresholds);
}

function assessPan(applicant: Applicant, report: SourceReport, thresholds: MatchThresholds): SourceAssessment {
  const name = matchNames(applicant.fullName, report.record!.name, nameThresholds(thresholds), { acceptLongTokenSlip: false });
  const dobMatch = report.facts.dobMatch === true;
  const panStatus = report.facts.panStatus ?? 'UNKNOWN';
  const reasons = [...name.reasons];
  let decision = name.decision;
  // As in matchIdentity: the registry's yes on the exact date of birth carries a one-letter slip.
  const slip =
    decision !== 'MATCH' && dobMatch && panStatus === 'VALID'
      ? findNameSlip(applicant.fullName, report.record!.name, nameThresholds(thresholds))
      : null;
  if (slip) {
    decision = 'MATCH';
    const detail = `'${slip.a}' ~ '${slip.b}' differ by one letter (${slip.kind}); the name would score ${slip.scoreWithSlip} without it and the date of birth is confirmed`;
    reasons.push({ code: ReasonCode.SpellingSlipCorroborated, detail });
  }
  if (!dobMatch || panStatus !== 'VALID') decision = 'NO_MATCH';
  const raw = Math.round(PAN_WEIGHTS.name * name.score + PAN_WEIGHTS.dob * (dobMatch ? 100 : 0));
  return {
    source: 'PAN',
    status: 'OK',
    decision,
    score: bandScore(raw, decision, thresholds),
    components: { name: name.score, dob: dobMatch ? 100 : 0, address: null, gender: null },
    nameDecision: name.decision,
    dob: dobMatch ? 'EXACT' : 'DIFFERENT',
    genderAgrees: null,
    panStatus,
    aadhaarSeeded: report.facts.aadhaarSeeded !== false,
    ...(slip ? { spellingSlip: true } : {}),
    reasons,
  };
}

function assessRecord(applicant: Applicant, report: SourceReport, thresholds: MatchThresholds): SourceAssessment {
  const record = report.record!;
  const result: MatchResult = matchIdentity(
    { name: applicant.fullName, dob: applicant.dob, address: { ...applicant.address } },
    { name: record.name, dob: record.dob ?? '', ...(record.address ? { address: record.address } : {}) },
    thresholds,
  );
  const codes = new Set(result.reasons.map((reason) => reason.code));
  const genderAgrees = applicant.gender && record.gender ? applicant.gender === record.gender : null;
  let decision = result.decision;
  // A gender that differs is most often a data-entry slip, but it is a person's call, not ours.
  if (genderAgrees === false && RANK[decision] > RANK.REVIEW) decision = 'REVIEW';
  const dob = Object.entries(DOB_BY_REASON).find(([code]) => codes.has(code))?.[1] ?? 'PARTIAL';
  const spellingSlip = codes.has(ReasonCode.SpellingSlipCorroborated);
  const addressElsewhere = codes.has(ReasonCode.AddressInAnotherCity);
  return {
    source: report.source,
    status: 'OK',
    decision,
    score: bandScore(result.score, decision, thresholds),
    components: {
      name: result.components.name,
      dob: result.components.dob,
      address: result.components.address >= 0 ? result.components.address : null,
      gender: genderAgrees === null ? null : genderAgrees ? 100 : 0,
    },
    nameDecision: spellingSlip ? slipNameDecision(result.components.name) : nameDecisionOf(codes),
    dob,
    genderAgrees,
    ...(report.facts.foundBy ? { foundBy: report.facts.foundBy } : {}),
    ...(spellingSlip ? { spellingSlip } : {}),
    ...(addressElsewhere ? { addressElsewhere } : {}),
    reasons: result.reasons,
  };
}

function nameDecisionOf(codes: ReadonlySet<string>): MatchDecision {
  return codes.has(ReasonCode.NameMismatch) ? 'NO_MATCH' : codes.has(ReasonCode.NameNeedsReview) ? 'REVIEW' : 'MATCH';
}

// The name alone, as the name matcher judged it before the date of birth carried the slip.
function slipNameDecision(nameScore: number): MatchDecision {
  return nameScore >= DEFAULT_NAME_THRESHOLDS.review ? 'REVIEW' : 'NO_MATCH';
}

/** Partner thresholds only ever tighten the engine's name bands for the name-only PAN comparison. */
function nameThresholds(thresholds: MatchThresholds): MatchThresholds {
  return {
    match: Math.max(DEFAULT_NAME_THRESHOLDS.match, thresholds.match),
    review: Math.max(DEFAULT_NAME_THRESHOLDS.review, thresholds.review),
  };
}

/** Keeps a score inside the band of its decision, so a score never contradicts the status it comes with. */
export function bandScore(score: number, decision: MatchDecision, thresholds: MatchThresholds): number {
  if (decision === 'NO_MATCH') return Math.max(0, Math.min(score, thresholds.review - 1));
  if (decision === 'REVIEW') return Math.min(Math.max(score, thresholds.review), thresholds.match - 1);
  return Math.max(score, thresholds.match);
}
