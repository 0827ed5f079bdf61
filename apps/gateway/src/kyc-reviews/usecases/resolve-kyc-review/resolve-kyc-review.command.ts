import type { KycReviewDecision, KycReviewReasonCode } from '@los/contracts';

export interface ResolveKycReviewCommand {
  applicationId: string;
  userId: string;
  decision: KycReviewDecision;
  reasonCode: KycReviewReasonCode;
  note: string;
}
