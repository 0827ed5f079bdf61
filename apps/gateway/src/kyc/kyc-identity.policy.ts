import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';

export interface ApplicantIdentity {
  pan: string;
  fullName: string;
  dob: string;
}

export interface DeclaredIdentity {
  pan: string;
  fullName?: string;
  dob?: string;
}

const sameName = (a: string, b: string) => normalise(a) === normalise(b);
const normalise = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('en-IN');

/**
 * A KYC verifies the application's applicant and nobody else: offers, underwriting and the lender all
 * read the application, so the PAN must be the application's, and a name or date of birth, when given,
 * too. Answers the identity to verify (the application's); refuses a mismatch naming the fields only.
 */
export function identityToVerify(application: ApplicantIdentity, declared: DeclaredIdentity): ApplicantIdentity {
  const differing = [
    declared.pan !== application.pan ? 'pan' : null,
    declared.fullName !== undefined && !sameName(declared.fullName, application.fullName) ? 'fullName' : null,
    declared.dob !== undefined && declared.dob !== application.dob ? 'dob' : null,
  ].filter((field) => field !== null);
  if (differing.length > 0) {
    throw new AppException(
      ErrorCode.KycIdentityMismatch,
      `The KYC must be of the application's applicant; differs: ${differing.join(', ')}`,
    );
  }
  return { pan: application.pan, fullName: application.fullName, dob: application.dob };
}
