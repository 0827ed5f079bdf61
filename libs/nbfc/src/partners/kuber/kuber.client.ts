import type { CallContext } from '../../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { partnerErrorCodeOfStatus, retryAfterSecondsOf, transportFailure } from '../../http/partner-http.js';
import { KUBER, KUBER_API_KEY_HEADER, KUBER_PARTNER_ID_HEADER } from './kuber.constants.js';
import type { KuberSerializer } from './kuber.serializer.js';

export interface KuberClientOptions {
  baseUrl: string;
  apiKey: string;
  partnerId: string;
  fetch?: typeof fetch;
}

/** KUBER's error codes, which win over the HTTP status when present. */
const ERROR_CODES: Readonly<Record<string, PartnerErrorCode>> = {
  AUTH_FAILED: PartnerErrorCode.AuthFailed,
  INVALID_REQUEST: PartnerErrorCode.Rejected,
  INVALID_STATE: PartnerErrorCode.Rejected,
  DUPLICATE_REQUEST: PartnerErrorCode.Rejected,
  NOT_FOUND: PartnerErrorCode.NotFound,
  RATE_LIMITED: PartnerErrorCode.RateLimited,
  SYSTEM_BUSY: PartnerErrorCode.Unavailable,
};

/** Transport and authentication for KUBER: XML over HTTP with an API key and our partner id. */
export class KuberClient {
  private readonly fetch: typeof fetch;

  constructor(
    private readonly options: KuberClientOptions,
    private readonly serializer: KuberSerializer,
  ) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async send(method: 'GET' | 'POST', path: string, body: string | undefined, context: CallContext): Promise<string> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(`${this.options.baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        body,
        signal: context.signal,
        headers: {
          accept: 'application/xml',
          ...(body === undefined ? {} : { 'content-type': 'application/xml' }),
          [KUBER_API_KEY_HEADER]: this.options.apiKey,
          [KUBER_PARTNER_ID_HEADER]: this.options.partnerId,
          'x-request-id': context.requestId,
          'x-correlation-id': context.correlationId,
        },
      });
      text = await response.text();
    } catch (error) {
      throw transportFailure(KUBER, error);
    }
    const partnerError = this.serializer.parseError(text);
    if (response.ok && !partnerError) return text;
    throw this.toError(response, partnerError);
  }

  private toError(response: Response, body: { code: string; message: string } | undefined): PartnerError {
    const detail = body ? `${body.code}: ${body.message}` : `HTTP ${response.status}`;
    const code =
      (body && Object.hasOwn(ERROR_CODES, body.code) ? ERROR_CODES[body.code] : undefined) ?? partnerErrorCodeOfStatus(response.status);
    const retryAfterSeconds = code === PartnerErrorCode.RateLimited ? retryAfterSecondsOf(response.headers) : undefined;
    return new PartnerError(code, `KUBER refused the call (${detail})`, KUBER, retryAfterSeconds);
  }
}
