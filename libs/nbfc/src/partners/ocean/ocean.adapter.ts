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
import { verifyDetached } from './detached-jws.js';
import { OceanClient, type OceanClientOptions } from './ocean.client.js';
import { OCEAN, OCEAN_CALLBACK_MAX_SKEW_MS, OCEAN_SIGNATURE_HEADER } from './ocean.constants.js';
import { OceanSerializer } from './ocean.serializer.js';

export interface OceanAdapterOptions extends OceanClientOptions {
  /** The partner code it is configured under; OCEAN when left out. */
  code?: string;
  now?: () => Date;
}

/** OCEAN: OCEN 4.0 style JSON, detached JWS (RS256) both ways, results as signed callbacks. */
export class OceanAdapter implements NbfcAdapter {
  readonly code: string;
  readonly capabilities: AdapterCapabilities = { liveQuotes: true, webhooks: true, pollingOnly: false };
  private readonly serializer: OceanSerializer;
  private readonly client: OceanClient;
  private readonly now: () => Date;

  constructor(options: OceanAdapterOptions) {
    this.code = options.code ?? OCEAN;
    this.now = options.now ?? (() => new Date());
    this.serializer = new OceanSerializer(this.now);
    this.client = new OceanClient(options, this.serializer);
  }

  async quote(applicant: CanonicalApplicant, ask: LoanAsk, context: CallContext): Promise<PartnerQuote> {
    return this.serializer.parseQuote(
      await this.client.send('POST', '/quotes', this.serializer.quoteRequest(applicant, ask, context.requestId), context),
    );
  }

  async submitApplication(
    applicant: CanonicalApplicant,
    ask: LoanAsk,
    partnerQuoteId: string | undefined,
    context: CallContext,
  ): Promise<SubmissionResult> {
    const body = this.serializer.applicationRequest(applicant, ask, partnerQuoteId, context.requestId);
    return this.serializer.parseApplication(await this.client.send('POST', '/loan-applications', body, context));
  }

  async acceptOffer(partnerReference: string, partnerQuoteId: string, context: CallContext): Promise<SubmissionResult> {
    const path = `/loan-applications/${encodeURIComponent(partnerReference)}/accept`;
    return this.serializer.parseApplication(
      await this.client.send('POST', path, this.serializer.acceptRequest(partnerQuoteId, context.requestId), context),
    );
  }

  async requestDisbursal(request: DisbursalRequest, context: CallContext): Promise<DisbursalResult> {
    const path = `/loan-applications/${encodeURIComponent(request.partnerReference)}/disbursements`;
    return this.serializer.parseDisbursement(
      await this.client.send('POST', path, this.serializer.disbursementRequest(request, context.requestId), context),
    );
  }

  async disbursalStatus(partnerReference: string, context: CallContext): Promise<DisbursalResult> {
    const path = `/loan-applications/${encodeURIComponent(partnerReference)}/disbursement`;
    return this.serializer.parseDisbursement(await this.client.send('GET', path, undefined, context));
  }

  async applicationStatus(partnerReference: string, context: CallContext): Promise<SubmissionResult> {
    const path = `/loan-applications/${encodeURIComponent(partnerReference)}`;
    return this.serializer.parseApplication(await this.client.send('GET', path, undefined, context));
  }

  verifyWebhook(webhook: InboundWebhook): void {
    const header = webhook.headers[OCEAN_SIGNATURE_HEADER];
    const jws = Array.isArray(header) ? header[0] : header;
    if (!verifyDetached(jws, webhook.rawBody, this.client.partnerPublicKey))
      throw this.invalid('its signature is missing or does not verify');
    let timestamp: unknown;
    try {
      timestamp = (JSON.parse(webhook.rawBody.toString('utf8')) as { timestamp?: unknown }).timestamp;
    } catch {
      throw this.invalid('its body is not JSON');
    }
    const sentAt = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
    if (!Number.isFinite(sentAt) || Math.abs(this.now().getTime() - sentAt) > OCEAN_CALLBACK_MAX_SKEW_MS) {
      throw this.invalid('its timestamp is missing or not fresh');
    }
  }

  parseWebhook(webhook: InboundWebhook): PartnerEvent[] {
    return [this.serializer.parseCallback(webhook.rawBody)];
  }

  private invalid(reason: string): PartnerError {
    return new PartnerError(PartnerErrorCode.WebhookSignatureInvalid, `OCEAN callback refused: ${reason}`, OCEAN);
  }
}
