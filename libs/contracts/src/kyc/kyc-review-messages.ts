import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import type { KycAddress, KycSourceView, KycStatus, MatchDecision } from './kyc-messages.js';

/** How a person resolves a KYC left in review. */
export enum KycReviewDecision {
  Verified = 'VERIFIED',
  Failed = 'FAILED',
}

/** Why a reviewer decided as they did; each code belongs to one decision. */
export enum KycReviewReasonCode {
  NameVariantAccepted = 'NAME_VARIANT_ACCEPTED',
  DobConfirmed = 'DOB_CONFIRMED',
  GenderRecordError = 'GENDER_RECORD_ERROR',
  AddressChangeAccepted = 'ADDRESS_CHANGE_ACCEPTED',
  PanAadhaarLinkConfirmed = 'PAN_AADHAAR_LINK_CONFIRMED',
  SourceOutageOverridden = 'SOURCE_OUTAGE_OVERRIDDEN',
  IdentityMismatch = 'IDENTITY_MISMATCH',
  SuspectedImpersonation = 'SUSPECTED_IMPERSONATION',
  RecordsInconsistent = 'RECORDS_INCONSISTENT',
  PanAadhaarNotLinked = 'PAN_AADHAAR_NOT_LINKED',
}

const R = KycReviewReasonCode;
export const KYC_REVIEW_REASON_CODES: Readonly<Record<KycReviewDecision, readonly KycReviewReasonCode[]>> = {
  [KycReviewDecision.Verified]: [
    R.NameVariantAccepted,
    R.DobConfirmed,
    R.GenderRecordError,
    R.AddressChangeAccepted,
    R.PanAadhaarLinkConfirmed,
    R.SourceOutageOverridden,
  ],
  [KycReviewDecision.Failed]: [R.IdentityMismatch, R.SuspectedImpersonation, R.RecordsInconsistent, R.PanAadhaarNotLinked],
};

/** Payload of `kyc.qry.review-evidence.v1`: the latest check of one application, as a reviewer needs it. */
export class KycReviewEvidenceRequest {
  @IsUUID() applicationId: string;
}

/** Payload of `kyc.qry.review-summaries.v1`: the latest check of each application of a review queue page. */
export class KycReviewSummariesRequest {
  @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) applicationIds: string[];
}

export interface KycReviewSummary {
  applicationId: string;
  kycId: string;
  status: KycStatus;
  reasons: string[];
  /** When kyc-service asks an unavailable source again; null when no re-drive is scheduled. */
  redriveDueAt: string | null;
}

export interface KycReviewSummariesReply {
  summaries: KycReviewSummary[];
}

/** What a source knows of the person; never an identity number. */
export interface KycSourceRecordView {
  name: string;
  dob: string | null;
  gender: string | null;
  address: KycAddress | string | null;
}

export interface KycSourceEvidence {
  source: KycSourceView['source'];
  status: KycSourceView['status'];
  lastError: string | null;
  record: KycSourceRecordView | null;
  /** How the record compares with the declared identity; null unless the source answered. */
  match: {
    decision: MatchDecision | null;
    score: number | null;
    components: { name: number | null; dob: number | null; address: number | null; gender: number | null };
    reasons: { code: string; detail: string }[];
  } | null;
  checkedAt: string | null;
}

export interface KycReviewEvidenceReply extends KycReviewSummary {
  score: number | null;
  /** What the applicant declared; the PAN masked, the Aadhaar number only as its last four digits. */
  declared: {
    fullName: string;
    dob: string;
    gender: string | null;
    address: KycAddress;
    pan: string;
    aadhaarLast4: string;
    ckycNumber: string | null;
  };
  sources: KycSourceEvidence[];
}
