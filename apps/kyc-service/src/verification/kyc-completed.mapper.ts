import type { KycCompletedEvent } from '@los/contracts';
import type { KycCheck } from './kyc-check.schema.js';

/** The event payload of a completed check at its current revision. */
export function completedEventOf(check: KycCheck): KycCompletedEvent {
  if (check.status === 'IN_PROGRESS' || check.score === null) throw new Error(`KYC check ${check.kycId} is not complete`);
  return {
    applicationId: check.applicationId,
    kycId: check.kycId,
    status: check.status,
    score: check.score,
    reasons: [...check.reasons],
    revision: check.revision,
  };
}
