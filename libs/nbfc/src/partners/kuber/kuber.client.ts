import type { CallContext } from '../../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
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

  constructor(private readonly options: KuberClientOptions, private readonly serializer: KuberSerializer) {
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
      throw transportError(error);
    }
    const partnerError = this.serializer.parseError(text);
    if (response.ok && !partnerError) return text;
    throw this.toError(response, partnerError);
  }

  private toError(response: Response, body: { code: string; message: string } | undefined): PartnerError {
    const detail = body ? `${body.code}: ${body.message}` : `HTTP ${response.status}`;
    const code = (body && Object.hasOwn(ERROR_CODES, body.code) ? ERROR_CODES[body.code] : undefined) ?? byHttpStatus(response.status);
    const retryAfter = Number(response.headers.get('retry-after'));
    const retryAfterSeconds = code === PartnerErrorCode.RateLimited && Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
    return new PartnerError(code, `KUBER refused the call (${detail})`, KUBER, retryAfterSeconds);
  }
}

function byHttpStatus(status: number): PartnerErrorCode {
  if (status === 401 || status === 403) return PartnerErrorCode.AuthFailed;
  if (status === 404) return PartnerErrorCode.NotFound;
  if (status === 408 || status === 504) return PartnerErrorCode.Timeout;
  if (status === 429) return PartnerErrorCode.RateLimited;
  if (status >= 500) return PartnerErrorCode.Unavailable;
  if (status >= 400) return PartnerErrorCode.Rejected;
  return PartnerErrorCode.BadResponse;
}

function transportError(error: unknown): PartnerError {
  const name = (error as { name?: string })?.name;
  if (name === 'AbortError' || name === 'TimeoutError') return new PartnerError(PartnerErrorCode.Timeout, 'KUBER did not answer in time', KUBER);
  return new PartnerError(PartnerErrorCode.Unavailable, `KUBER is unreachable: ${(error as Error)?.message ?? error}`, KUBER);
}
