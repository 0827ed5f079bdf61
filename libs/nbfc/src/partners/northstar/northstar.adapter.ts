import type {
  CanonicalApplicant,
  DisbursalRequest,
  DisbursalResult,
  LoanAsk,
  PartnerEvent,
  PartnerQuote,
  SubmissionResult,
} from '../../contract/canonical.js';
import type { AdapterCapabilities, CallContext, InboundWebhook, NbfcAdapter } from '../../contract/nbfc-adapter.js';
import { headerValue, type FetchFn } from '../../http/partner-http.js';
import { parseJsonObject } from '../../http/payload-reader.js';
import { NorthstarClient } from './northstar.client.js';
import { assertFreshEvent } from '../../events/event-freshness.js';
import { NORTHSTAR_EVENT_WINDOW, NORTHSTAR_SIGNATURE_HEADER, type NorthstarCredentials } from './northstar.constants.js';
import { NorthstarSerializer } from './northstar.serializer.js';
import { verifyNorthstarSignature } from './northstar-signature.js';
import { NorthstarTokenProvider } from './northstar-token.provider.js';

export interface NorthstarAdapterOptions {
  code: string;
  baseUrl: string;
  credentials: NorthstarCredentials;
  fetchFn?: FetchFn;
  now?: () => number;
}

/**
 * NORTHSTAR: an indicative eligibility check answers at once, the credit decision (SANCTIONED / NOT_SANCTIONED)
 * and disbursement outcomes arrive by HMAC-signed webhook. OAuth2 client-credentials tokens.
 */
export class NorthstarAdapter implements NbfcAdapter {
  readonly code: string;
  readonly capabilities: AdapterCapabilities = { liveQuotes: true, webhooks: true, pollingOnly: false };
  private readonly serializer: NorthstarSerializer;
  private readonly client: NorthstarClient;

  constructor(private readonly options: NorthstarAdapterOptions) {
    this.code = options.code;
    this.serializer = new NorthstarSerializer(options.code);
    const baseUrl = options.baseUrl.replace(/\/$/, '');
    const tokens = new NorthstarTokenProvider(
      options.code,
      `${baseUrl}/oauth/token`,
      options.credentials.clientId,
      options.credentials.clientSecret,
      options.fetchFn,
      options.now,
    );
    this.client = new NorthstarClient(options.code, baseUrl, tokens, (body) => this.serializer.errorDetail(body), options.fetchFn);
  }

  async quote(applicant: CanonicalApplicant, ask: LoanAsk, context: CallContext): Promise<PartnerQuote> {
    return this.serializer.parseEligibility(
      await this.client.call('POST', '/v1/eligibility', this.serializer.eligibilityRequest(applicant, ask), context),
    );
  }

  async submitApplication(
    applicant: CanonicalApplicant,
    ask: LoanAsk,
    partnerQuoteId: string | undefined,
    context: CallContext,
  ): Promise<SubmissionResult> {
    const body = this.serializer.applicationRequest(applicant, ask, partnerQuoteId, context.requestId);
    return this.serializer.parseApplication(await this.client.call('POST', '/v1/loan-applications', body, context));
  }

  async acceptOffer(partnerReference: string, partnerQuoteId: string, context: CallContext): Promise<SubmissionResult> {
    const path = `/v1/loan-applications/${encodeURIComponent(partnerReference)}/acceptance`;
    return this.serializer.parseApplication(
      await this.client.call('POST', path, this.serializer.acceptanceRequest(partnerQuoteId), context),
    );
  }

  async requestDisbursal(request: DisbursalRequest, context: CallContext): Promise<DisbursalResult> {
    const path = `/v1/loan-applications/${encodeURIComponent(request.partnerReference)}/disbursements`;
    return this.serializer.parseDisbursement(
      await this.client.call('POST', path, this.serializer.disbursementRequest(request, context.requestId), context),
    );
  }

  async disbursalStatus(partnerReference: string, context: CallContext): Promise<DisbursalResult> {
    const path = `/v1/loan-applications/${encodeURIComponent(partnerReference)}/disbursement`;
    return this.serializer.parseDisbursement(await this.client.call('GET', path, undefined, context));
  }

  async applicationStatus(partnerReference: string, context: CallContext): Promise<SubmissionResult> {
    const path = `/v1/loan-applications/${encodeURIComponent(partnerReference)}`;
    return this.serializer.parseApplication(await this.client.call('GET', path, undefined, context));
  }

  verifyWebhook(webhook: InboundWebhook): void {
    verifyNorthstarSignature(
      headerValue(webhook.headers, NORTHSTAR_SIGNATURE_HEADER),
      webhook.rawBody,
      this.options.credentials.webhookSecret,
      this.code,
    );
    const body = parseJsonObject(webhook.rawBody, this.code);
    assertFreshEvent(body.occurred_at, NORTHSTAR_EVENT_WINDOW, this.options.now?.() ?? Date.now(), this.code);
  }

  parseWebhook(webhook: InboundWebhook): PartnerEvent[] {
    return this.serializer.parseWebhook(parseJsonObject(webhook.rawBody, this.code));
  }
}
