import type { MatchDecision, MatchReason } from '../matching/index.js';
import type { SourceName, SourceStatus } from '../sources/identity-source.js';

export type DobAgreement = 'EXACT' | 'SWAPPED' | 'PARTIAL' | 'DIFFERENT';

export interface ComponentScores {
  name: number | null;
  dob: number | null;
  address: number | null;
  gender: number | null;
}

/** How one source's answer compares with what the applicant declared. */
export interface SourceAssessment {
  source: SourceName;
  status: SourceStatus;
  /** The source's failure code when it did not answer (e.g. AADHAAR_OTP_INVALID). */
  lastError?: string | null;
  /** The rest is null unless the source answered (status OK). */
  decision: MatchDecision | null;
  score: number | null;
  components: ComponentScores;
  nameDecision: MatchDecision | null;
  dob: DobAgreement | null;
  genderAgrees: boolean | null;
  /** PAN only. */
  panStatus?: string;
  aadhaarSeeded?: boolean;
  /** CKYC only. */
  foundBy?: 'PAN' | 'NAME_DOB';
  /**
   * The name differs from the declared one only by a one-letter slip in a long part and the date
   * of birth is exact, so the source's own decision is MATCH (SPELLING_SLIP_CORROBORATED); the
   * check accepts it only when another source backs it (see slip-corroboration.ts).
   */
  spellingSlip?: boolean;
  /**
   * Everything agrees but the record's address lies in another city (ADDRESS_IN_ANOTHER_CITY): a namesake or an old
   * address. The check accepts it only when another source places the person at the declared address (move-corroboration.ts).
   */
  addressElsewhere?: boolean;
  /** The matching engine's explanation, kept as the breakdown. */
  reasons: MatchReason[];
}

export const NO_COMPONENTS: ComponentScores = Object.freeze({ name: null, dob: null, address: null, gender: null });
