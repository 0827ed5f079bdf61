import type { KycAddress } from '@los/contracts';
import type { AddressInput } from '../matching/index.js';

export type SourceName = 'PAN' | 'AADHAAR' | 'CKYC';
export const SOURCE_NAMES: readonly SourceName[] = ['PAN', 'AADHAAR', 'CKYC'];

/** The identifier a call looked the person up by. */
export type LookupKey = 'PAN' | 'AADHAAR' | 'TXN' | 'NAME_DOB' | 'CKYC_NUMBER';

export type AttemptOutcome =
  'OK' | 'NOT_FOUND' | 'REJECTED' | 'UPSTREAM_ERROR' | 'RATE_LIMITED' | 'TIMEOUT' | 'NETWORK_ERROR' | 'BAD_RESPONSE';

/** One HTTP call to a source, as recorded in the check's attempt history. */
export interface SourceAttempt {
  source: SourceName;
  step: string;
  key: LookupKey;
  outcome: AttemptOutcome;
  httpStatus: number | null;
  latencyMs: number;
  at: string;
  /** 0 for the command's own run, n for the n-th re-drive. */
  round: number;
}

/** What the applicant declared, plus the vault token that stands for their Aadhaar number. */
export interface KycSubject {
  pan: string;
  fullName: string;
  dob: string;
  gender: string | null;
  address: KycAddress;
  vaultToken: string;
  ckycNumber: string | null;
  /** The applicant's confirmed Aadhaar OTP request; null for commands recorded before the OTP step. */
  otpRequestId: string | null;
}

/** A source's view of the person, in the shape the matching engine compares. */
export interface SourceRecord {
  name: string;
  dob: string | null;
  gender: string | null;
  address: AddressInput | null;
}

export type SourceStatus = 'OK' | 'NOT_FOUND' | 'UNAVAILABLE' | 'ERROR';

export interface PanFacts {
  panStatus: string;
  dobMatch: boolean;
  aadhaarSeeded: boolean;
}

export interface CkycFacts {
  ckycNumber: string;
  foundBy: 'PAN' | 'NAME_DOB';
}

export interface SourceReport {
  source: SourceName;
  status: SourceStatus;
  attempts: SourceAttempt[];
  /** Code of the last failure (UPSTREAM_ERROR, TIMEOUT, INVALID_OTP...), null when the source answered. */
  lastError: string | null;
  record: SourceRecord | null;
  facts: Partial<PanFacts & CkycFacts>;
  /** The source's answer with identity numbers masked and secrets (OTP, transaction id) removed. */
  raw: Record<string, unknown> | null;
}

/** One identity source (PAN, Aadhaar eKYC, CKYC): looks the person up, never throws for a source failure. */
export interface IdentitySource {
  readonly name: SourceName;
  lookup(subject: KycSubject, round: number): Promise<SourceReport>;
}

export const IDENTITY_SOURCES = Symbol('IDENTITY_SOURCES');
