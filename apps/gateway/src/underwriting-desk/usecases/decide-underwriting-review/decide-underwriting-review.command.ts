import type { UnderwritingReviewDecision, UnderwritingReviewReasonCode } from '@los/contracts';

export interface DecideUnderwritingReviewCommand {
  applicationId: string;
  userId: string;
  decision: UnderwritingReviewDecision;
  reasonCodes: UnderwritingReviewReasonCode[];
  note: string;
  correlationId: string;
}
