export interface ClaimUnderwritingReviewCommand {
  applicationId: string;
  userId: string;
}
