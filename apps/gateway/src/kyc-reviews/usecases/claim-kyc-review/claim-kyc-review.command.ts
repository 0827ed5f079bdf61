export interface ClaimKycReviewCommand {
  applicationId: string;
  userId: string;
}
