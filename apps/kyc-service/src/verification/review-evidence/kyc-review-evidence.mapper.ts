import {
  maskPan,
  type KycReviewEvidenceReply,
  type KycReviewSummary,
  type KycSourceEvidence,
  type KycSourceRecordView,
} from '@los/contracts';
import { SOURCE_NAMES, type SourceRecord } from '../../sources/identity-source.js';
import type { KycCheck } from '../kyc-check.schema.js';

export function kycReviewSummaryOf(check: KycCheck): KycReviewSummary {
  return {
    applicationId: check.applicationId,
    kycId: check.kycId,
    status: check.status,
    reasons: [...check.reasons],
    redriveDueAt: check.redriveDueAt ? new Date(check.redriveDueAt).toISOString() : null,
  };
}

/**
 * A check as a reviewer sees it: what was declared beside what each source holds and how it compared. Only the
 * fields named here leave: a source's raw answer and attempts (where identity numbers could sit) never do.
 */
export function kycReviewEvidenceOf(check: KycCheck): KycReviewEvidenceReply {
  const { applicant } = check;
  return {
    ...kycReviewSummaryOf(check),
    score: check.score,
    declared: {
      fullName: applicant.fullName,
      dob: applicant.dob,
      gender: applicant.gender,
      address: applicant.address,
      pan: maskPan(applicant.pan),
      aadhaarLast4: check.aadhaarLast4,
      ckycNumber: applicant.ckycNumber,
    },
    sources: SOURCE_NAMES.map((source): KycSourceEvidence => {
      const state = check.sources?.[source];
      if (!state) return { source, status: 'PENDING', lastError: null, record: null, match: null, checkedAt: null };
      const answered = state.status === 'OK';
      return {
        source,
        status: state.status,
        lastError: state.lastError ?? null,
        record: answered && state.record ? recordOf(state.record) : null,
        match: answered
          ? {
              decision: state.match.decision,
              score: state.match.score,
              components: { ...state.match.components },
              reasons: state.match.reasons.map(({ code, detail }) => ({ code, detail })),
            }
          : null,
        checkedAt: state.checkedAt ?? null,
      };
    }),
  };
}

function recordOf(record: SourceRecord): KycSourceRecordView {
  const address = record.address;
  return {
    name: record.name,
    dob: record.dob,
    gender: record.gender,
    address:
      address === null || typeof address === 'string'
        ? address
        : {
            line1: address.line1 ?? '',
            ...(address.line2 ? { line2: address.line2 } : {}),
            city: address.city ?? '',
            state: address.state ?? '',
            pincode: address.pincode ?? '',
          },
  };
}
