/** Why an application needs a person to look at it. */
export enum AttentionCode {
  /** disbursal-service refused the submit-to-partner command (e.g. the offer is not the accepted one, or is gone). */
  PartnerSubmissionRefused = 'PARTNER_SUBMISSION_REFUSED',
  /** The submission finished without reaching the lender (a rules-only partner, or the lender refused it). */
  PartnerNotSubmitted = 'PARTNER_NOT_SUBMITTED',
  /** kyc-service refused a verify command and the application could not be moved to review. */
  KycCommandRefused = 'KYC_COMMAND_REFUSED',
  /** A lender reported an outcome contradicting the one it reported before (a failure after DISBURSED): kept, not applied. */
  PartnerStatusConflict = 'PARTNER_STATUS_CONFLICT',
  /** offer-service refused to compute offers for a verified application (e.g. its data cannot be priced). */
  OfferComputationRefused = 'OFFER_COMPUTATION_REFUSED',
  /** underwriting-service could not decide (its evaluation failed for good): referred to an underwriter, never approved. */
  UnderwritingFailed = 'UNDERWRITING_FAILED',
  /** An application in MANUAL_REVIEW is near or past its review deadline (UNDERWRITING_REVIEW_SLA_MS). */
  UnderwritingSlaAtRisk = 'UNDERWRITING_SLA_AT_RISK',
  /** The bank's name for the payout account is close to the KYC name but not clearly the same: ops decide. */
  BankAccountReview = 'BANK_ACCOUNT_REVIEW',
  /** disbursal-service refused to verify the payout account (e.g. the provider refused the request). */
  BankAccountVerificationRefused = 'BANK_ACCOUNT_VERIFICATION_REFUSED',
  /** The disbursal failed: refused by the lender, or retries ran out; ops re-initiate once the cause is fixed. */
  DisbursalFailed = 'DISBURSAL_FAILED',
  /** disbursal-service refused the disburse command (KFS figures that do not add up, no live lender connection). */
  DisbursalRefused = 'DISBURSAL_REFUSED',
  /** Approved with a verified account, but the disbursal could not be requested (no lender reference or KFS fees). */
  DisbursalNotRequested = 'DISBURSAL_NOT_REQUESTED',
}
