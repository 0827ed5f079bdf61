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
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { KuberClient, type KuberClientOptions } from './kuber.client.js';
import { KUBER } from './kuber.constants.js';
import { KuberSerializer } from './kuber.serializer.js';

export interface KuberAdapterOptions extends KuberClientOptions {
  /** The partner code it is configured under; KUBER when left out. */
  code?: string;
  now?: () => Date;
}

/** KUBER: XML over HTTP, amounts in paise, no webhooks: every status is polled. */
export class KuberAdapter implements NbfcAdapter {
  readonly code: string;
  readonly capabilities: AdapterCapabilities = { liveQuotes: true, webhooks: false, pollingOnly: true };
  private readonly serializer = new KuberSerializer();
  private readonly client: KuberClient;

  constructor(options: KuberAdapterOptions) {
    this.code = options.code ?? KUBER;
    this.client = new KuberClient(options, this.serializer);
  }

  async quote(applicant: CanonicalApplicant, ask: LoanAsk, context: CallContext): Promise<PartnerQuote> {
    const xml = await this.client.send('POST', '/quotes', this.serializer.quoteRequest(applicant, ask, context.requestId), context);
    return this.serializer.parseQuote(xml);
  }

  async submitApplication(
    applicant: CanonicalApplicant,
    ask: LoanAsk,
    partnerQuoteId: string | undefined,
    context: CallContext,
  ): Promise<SubmissionResult> {
    const body = this.serializer.applicationRequest(applicant, ask, partnerQuoteId, context.requestId);
    return this.serializer.parseApplication(await this.client.send('POST', '/applications', body, context));
  }

  async acceptOffer(partnerReference: string, partnerQuoteId: string, context: CallContext): Promise<SubmissionResult> {
    const body = this.serializer.acceptRequest(partnerQuoteId, context.requestId);
    return this.serializer.parseApplication(
      await this.client.send('POST', `/applications/${encodeURIComponent(partnerReference)}/accept`, body, context),
    );
  }

  async requestDisbursal(request: DisbursalRequest, context: CallContext): Promise<DisbursalResult> {
    const body = this.serializer.disbursalRequest(request, context.requestId);
    const path = `/applications/${encodeURIComponent(request.partnerReference)}/disbursals`;
    return this.serializer.parseDisbursal(await this.client.send('POST', path, body, context));
  }

  async disbursalStatus(partnerReference: string, context: CallContext): Promise<DisbursalResult> {
    const path = `/applications/${encodeURIComponent(partnerReference)}/disbursal`;
    return this.serializer.parseDisbursal(await this.client.send('GET', path, undefined, context));
  }

  async applicationStatus(partnerReference: string, context: CallContext): Promise<SubmissionResult> {
    const path = `/applications/${encodeURIComponent(partnerReference)}`;
    return this.serializer.parseApplication(await this.client.send('GET', path, undefined, context));
  }

  verifyWebhook(_webhook: InboundWebhook): void {
    throw this.noWebhooks();
  }

  parseWebhook(_webhook: InboundWebhook): PartnerEvent[] {
    throw this.noWebhooks();
  }

  private noWebhooks(): PartnerError {
    return new PartnerError(PartnerErrorCode.WebhookSignatureInvalid, 'KUBER does not send webhooks: its statuses are polled', KUBER);
  }
}
