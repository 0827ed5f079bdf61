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
import { LendwiseClient } from './lendwise.client.js';
import { LENDWISE_SIGNATURE_HEADER, type LendwiseCredentials } from './lendwise.constants.js';
import { LendwiseSerializer } from './lendwise.serializer.js';
import { verifyLendwiseSignature } from './lendwise-signature.js';

export interface LendwiseAdapterOptions {
  code: string;
  baseUrl: string;
  credentials: LendwiseCredentials;
  fetchFn?: FetchFn;
  now?: () => number;
}

/** LENDWISE: synchronous quotes, API-key auth, Stripe-style signed webhooks for status changes. */
export class LendwiseAdapter implements NbfcAdapter {
  readonly code: string;
  readonly capabilities: AdapterCapabilities = { liveQuotes: true, webhooks: true, pollingOnly: false };
  private readonly serializer: LendwiseSerializer;
  private readonly client: LendwiseClient;

  constructor(private readonly options: LendwiseAdapterOptions) {
    this.code = options.code;
    this.serializer = new LendwiseSerializer(options.code);
    this.client = new LendwiseClient(
      options.code,
      options.baseUrl,
      options.credentials.apiKey,
      (body) => this.serializer.errorDetail(body),
      options.fetchFn,
    );
  }

  async quote(applicant: CanonicalApplicant, ask: LoanAsk, context: CallContext): Promise<PartnerQuote> {
    return this.serializer.parseQuote(await this.client.call('POST', '/v1/quotes', this.serializer.quoteRequest(applicant, ask), context));
  }

  async submitApplication(
    applicant: CanonicalApplicant,
    ask: LoanAsk,
    partnerQuoteId: string | undefined,
    context: CallContext,
  ): Promise<SubmissionResult> {
    const body = this.serializer.submitRequest(applicant, ask, partnerQuoteId);
    return this.serializer.parseApplication(await this.client.call('POST', '/v1/applications', body, context));
  }

  async acceptOffer(partnerReference: string, partnerQuoteId: string, context: CallContext): Promise<SubmissionResult> {
    const path = `/v1/applications/${encodeURIComponent(partnerReference)}/accept`;
    return this.serializer.parseApplication(await this.client.call('POST', path, this.serializer.acceptRequest(partnerQuoteId), context));
  }

  async requestDisbursal(request: DisbursalRequest, context: CallContext): Promise<DisbursalResult> {
    const path = `/v1/applications/${encodeURIComponent(request.partnerReference)}/disbursals`;
    return this.serializer.parseDisbursal(await this.client.call('POST', path, this.serializer.disbursalRequest(request), context));
  }

  async disbursalStatus(partnerReference: string, context: CallContext): Promise<DisbursalResult> {
    const path = `/v1/applications/${encodeURIComponent(partnerReference)}/disbursal`;
    return this.serializer.parseDisbursal(await this.client.call('GET', path, undefined, context));
  }

  async applicationStatus(partnerReference: string, context: CallContext): Promise<SubmissionResult> {
    const path = `/v1/applications/${encodeURIComponent(partnerReference)}`;
    return this.serializer.parseApplication(await this.client.call('GET', path, undefined, context));
  }

  verifyWebhook(webhook: InboundWebhook): void {
    const nowSeconds = Math.floor((this.options.now?.() ?? Date.now()) / 1000);
    verifyLendwiseSignature(
      headerValue(webhook.headers, LENDWISE_SIGNATURE_HEADER),
      webhook.rawBody,
      this.options.credentials.webhookSecret,
      this.code,
      nowSeconds,
    );
  }

  parseWebhook(webhook: InboundWebhook): PartnerEvent[] {
    return this.serializer.parseWebhook(parseJsonObject(webhook.rawBody, this.code));
  }
}
