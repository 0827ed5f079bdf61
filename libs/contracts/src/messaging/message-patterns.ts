/** Versioned names of every message that crosses the Redis transport. */
export enum MessagePattern {
  KycProbe = 'kyc.cmd.probe.v1',
  KycProbeStatus = 'kyc.qry.probe-status.v1',
  /** Request/reply, idempotent: the stored offer set while it is valid, else a new one. */
  OfferCompute = 'offer.req.compute-offers.v1',
  /** Durable command: compute and store the offer set of a KYC-verified application (idempotent on the application). */
  ComputeOffers = 'offer.cmd.compute-offers.v1',
  /** Request/reply, read-only: the stored offer set of an application (the accepted one's, else the latest). */
  OfferSet = 'offer.qry.offers.v1',
  /** Request/reply, idempotent on (applicationId, offerId). */
  OfferAccept = 'offer.req.accept-offer.v1',
  OfferKfs = 'offer.qry.kfs.v1',
  /** Request/reply, read-only: the accepted offer's loan terms and lender quote, for the lender submission (disbursal-service). */
  OfferAccepted = 'offer.qry.accepted-offer.v1',
  EmiPreview = 'offer.qry.emi-preview.v1',
  PartnerList = 'offer.qry.partners.v1',
  PartnerRules = 'offer.qry.partner-rules.v1',
  PartnerRulesDiff = 'offer.qry.partner-rules-diff.v1',
  PartnerRulesPublish = 'offer.req.publish-partner-rules.v1',
  /** Request/reply: a partner's call latencies, error rate and SLA breaches over a time window. */
  PartnerSla = 'offer.qry.partner-sla.v1',
  /**
   * Durable command, handled by disbursal-service (which owns the lender relationship after acceptance): submit an
   * application to the lender of its accepted offer (idempotent on the application). The name predates the move and
   * is kept, so commands in flight at the cutover still reach their handler.
   */
  SubmitToPartner = 'offer.cmd.submit-to-partner.v1',
  /** Request/reply, answered by disbursal-service: verify a lender's webhook with its configured credentials and parse it into partner events. */
  PartnerWebhook = 'offer.qry.partner-webhook.v1',
  /** Request/reply: the enabled partner connections, for services that call lenders (credentials as references). */
  PartnerConnections = 'offer.qry.partner-connections.v1',
  /** Request/reply: puts an Aadhaar number in the vault; the same number always gets the same token. */
  KycVaultAadhaar = 'kyc.req.vault-aadhaar.v1',
  /** Request/reply: vaults the Aadhaar number and has UIDAI send the holder an OTP; answers an OTP request id. */
  KycAadhaarOtpRequest = 'kyc.req.aadhaar-otp.v1',
  /** Request/reply: keeps the OTP the applicant typed with its request, for the eKYC call; answers the vault token. */
  KycAadhaarOtpConfirm = 'kyc.req.aadhaar-otp-confirm.v1',
  /** Durable command: verify an applicant's identity against PAN, Aadhaar eKYC and CKYC. */
  KycVerify = 'kyc.cmd.verify.v1',
  KycStatus = 'kyc.qry.status.v1',
  /** Request/reply: the latest check of an application with each source's record and match, for the KYC review desk. */
  KycReviewEvidence = 'kyc.qry.review-evidence.v1',
  /** Request/reply: reasons and scheduled re-drive of the latest checks of several applications. */
  KycReviewSummaries = 'kyc.qry.review-summaries.v1',
  KycNameMatch = 'kyc.qry.name-match.v1',
  KycIdentityMatch = 'kyc.qry.identity-match.v1',
  /** Durable command: take our credit decision on an application (one decision per application and input snapshot). */
  UnderwritingEvaluate = 'underwriting.cmd.evaluate.v1',
  /** Request/reply, read-only: the latest credit decision of an application. */
  UnderwritingDecision = 'underwriting.qry.decision.v1',
  /** Request/reply, read-only: the input snapshot a decision was taken on (bureau report, FOIR), for the review desk. */
  UnderwritingSnapshot = 'underwriting.qry.snapshot.v1',
  /** Durable command: pay out an approved application through its lender, once (idempotent on the application). */
  Disburse = 'disbursal.cmd.disburse.v1',
  /** Request/reply, read-only: an application's disbursal. */
  DisbursalStatus = 'disbursal.qry.disbursal.v1',
  /** Request/reply: apply the disbursal events of a lender's verified webhook (each once, by event id). */
  DisbursalLenderEvents = 'disbursal.req.lender-events.v1',
  /** Request/reply, read-only: disbursal-service's own lender calls and SLA breaches over a window, for the partner SLA figures. */
  DisbursalPartnerCalls = 'disbursal.qry.partner-calls.v1',
  /** Request/reply, read-only: one day of the disbursal reconciler's work. */
  DisbursalReconciliation = 'disbursal.qry.reconciliation.v1',
  /** Request/reply: keeps a borrower's bank account encrypted in disbursal-service; answers its id and last 4 digits. */
  DisbursalStoreBankAccount = 'disbursal.req.store-bank-account.v1',
  /** Durable command: penny-drop a stored bank account and match the bank's name for it with the KYC name. */
  DisbursalVerifyBankAccount = 'disbursal.cmd.verify-bank-account.v1',
  /** Request/reply: every decision table with its active (latest) version. */
  DecisionTableList = 'underwriting.qry.decision-tables.v1',
  DecisionTableVersions = 'underwriting.qry.decision-table-versions.v1',
  DecisionTableVersion = 'underwriting.qry.decision-table-version.v1',
  /** Request/reply: validates and appends a version (Mongo) with its audit row (MySQL) before answering. */
  DecisionTablePublish = 'underwriting.req.publish-decision-table.v1',
  DecisionTableDiff = 'underwriting.qry.decision-table-diff.v1',
  DecisionTableRollback = 'underwriting.req.rollback-decision-table.v1',
  /** Request/reply, read-only: a draft evaluated against the stored inputs of recently decided applications. */
  DecisionTableSimulate = 'underwriting.qry.simulate-decision-table.v1',
}

/** Versioned names of the result events services report back through the durable event path. */
export enum EventType {
  KycProbeCompleted = 'kyc.evt.probe-completed.v1',
  /** A KYC attempt reached a result; a re-driven attempt may report again with a later revision. */
  KycCompleted = 'kyc.evt.completed.v1',
  /** The lender of the accepted offer took the application (its reference and status), or it was not sent. */
  PartnerSubmission = 'offer.evt.partner-submission.v1',
  /** The offer set of an application is stored; how many lenders offered. */
  OffersComputed = 'offer.evt.offers-computed.v1',
  /** Our credit decision on an application: approve (on to the lender), reject, or refer to an underwriter. */
  UnderwritingDecided = 'underwriting.evt.decided.v1',
  /** The disbursal of an application reached its outcome: DISBURSED (UTR, amount, value date) or FAILED (reason). */
  DisbursalUpdated = 'disbursal.evt.disbursal-updated.v1',
  /** A bank account's penny drop and name match finished: VERIFIED, REVIEW or REJECTED. */
  BankAccountVerified = 'disbursal.evt.bank-account-verified.v1',
}
