import type { KycSourceView, KycStatusReply } from '@los/contracts';
import { SOURCE_NAMES } from '../../sources/identity-source.js';
import type { KycCheck } from '../kyc-check.schema.js';

const NO_COMPONENTS: KycStatusReply['components'] = {
  name: { pan: null, aadhaar: null, ckyc: null },
  dob: null,
  address: null,
  gender: null,
};

/** The latest check of an application with its history; `checks` newest first. Never the full Aadhaar. */
export function kycStatusOf(checks: KycCheck[]): KycStatusReply {
  const [latest] = checks;
  return {
    kycId: latest.kycId,
    status: latest.status,
    score: latest.score,
    reasons: [...latest.reasons],
    components: latest.components ?? NO_COMPONENTS,
    sources: SOURCE_NAMES.map((source): KycSourceView => {
      const state = latest.sources?.[source];
      return { source, status: state?.status ?? 'PENDING', attempts: state?.attempts.length ?? 0, lastError: state?.lastError ?? null };
    }),
    aadhaarLast4: latest.aadhaarLast4,
    ckycNumber: latest.ckycNumber,
    pan: latest.applicant.pan,
    attempt: checks.length,
    history: checks.map((check) => ({
      kycId: check.kycId,
      status: check.status,
      score: check.score,
      startedAt: new Date(check.startedAt).toISOString(),
      completedAt: check.completedAt ? new Date(check.completedAt).toISOString() : null,
    })),
  };
}
