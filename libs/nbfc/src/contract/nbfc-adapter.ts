import type {
  CanonicalApplicant,
  DisbursalRequest,
  DisbursalResult,
  LoanAsk,
  PartnerEvent,
  PartnerQuote,
  SubmissionResult,
} from './canonical.js';

/** What a partner's API can do; the offer service and the sweepers consult it instead of partner codes. */
export interface AdapterCapabilities {
  liveQuotes: boolean;
  webhooks: boolean;
  /** Status known only by polling (no webhooks or callbacks). */
  pollingOnly: boolean;
}

/** Per-call context: our idempotency key for the operation and the correlation id that follows the request. */
export interface CallContext {
  requestId: string;
  correlationId: string;
  signal?: AbortSignal;
}

export interface InboundWebhook {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
}

/**
 * One NBFC partner behind one interface. An adapter is a serializer (canonical ⇄ partner payloads), a
 * client (transport and authentication) and a status map. It throws `PartnerError` for every failure.
 */
export interface NbfcAdapter {
  readonly code: string;
  readonly capabilities: AdapterCapabilities;
  quote(applicant: CanonicalApplicant, ask: LoanAsk, context: CallContext): Promise<PartnerQuote>;
  submitApplication(
    applicant: CanonicalApplicant,
    ask: LoanAsk,
    partnerQuoteId: string | undefined,
    context: CallContext,
  ): Promise<SubmissionResult>;
  acceptOffer(partnerReference: string, partnerQuoteId: string, context: CallContext): Promise<SubmissionResult>;
  requestDisbursal(request: DisbursalRequest, context: CallContext): Promise<DisbursalResult>;
  disbursalStatus(partnerReference: string, context: CallContext): Promise<DisbursalResult>;
  /** Where the lender has the application now: how a decision whose webhook never came is found. */
  applicationStatus(partnerReference: string, context: CallContext): Promise<SubmissionResult>;
  /** Throws PartnerError(WEBHOOK_SIGNATURE_INVALID) unless the webhook is authentic and fresh. */
  verifyWebhook(webhook: InboundWebhook): void;
  parseWebhook(webhook: InboundWebhook): PartnerEvent[];
}
