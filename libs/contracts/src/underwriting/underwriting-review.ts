/** An underwriter's answer to an application referred to MANUAL_REVIEW. */
export enum UnderwritingReviewDecision {
  Approve = 'APPROVE',
  Reject = 'REJECT',
}

/** Why an underwriter decided as they did; each code belongs to one decision. A rejection's codes are shown to the borrower. */
export enum UnderwritingReviewReasonCode {
  IncomeVerified = 'INCOME_VERIFIED',
  DocumentsSatisfactory = 'DOCUMENTS_SATISFACTORY',
  BureauExplained = 'BUREAU_EXPLAINED',
  PolicyExceptionApproved = 'POLICY_EXCEPTION_APPROVED',
  InsufficientIncome = 'INSUFFICIENT_INCOME',
  HighObligations = 'HIGH_OBLIGATIONS',
  AdverseCreditHistory = 'ADVERSE_CREDIT_HISTORY',
  DocumentsInsufficient = 'DOCUMENTS_INSUFFICIENT',
  PolicyCriteriaNotMet = 'POLICY_CRITERIA_NOT_MET',
}

const R = UnderwritingReviewReasonCode;
export const UNDERWRITING_REVIEW_REASON_CODES: Readonly<Record<UnderwritingReviewDecision, readonly UnderwritingReviewReasonCode[]>> = {
  [UnderwritingReviewDecision.Approve]: [R.IncomeVerified, R.DocumentsSatisfactory, R.BureauExplained, R.PolicyExceptionApproved],
  [UnderwritingReviewDecision.Reject]: [
    R.InsufficientIncome,
    R.HighObligations,
    R.AdverseCreditHistory,
    R.DocumentsInsufficient,
    R.PolicyCriteriaNotMet,
  ],
};
