import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { CallContext } from '../../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { partnerErrorCodeOfStatus, retryAfterSecondsOf, transportFailure } from '../../http/partner-http.js';
import { signDetached, verifyDetached } from './detached-jws.js';
import { OCEAN, OCEAN_SIGNATURE_HEADER } from './ocean.constants.js';
import type { OceanSerializer } from './ocean.serializer.js';

export interface OceanClientOptions {
  baseUrl: string;
  /** Our key id, as OCEAN registered our public key. */
  keyId: string;
  /** Our RSA private key (PEM) that signs every request. */
  privateKeyPem: string;
  /** OCEAN's RSA public key (PEM) that signs its responses and callbacks. */
  partnerPublicKeyPem: string;
  fetch?: typeof fetch;
}

const ERROR_CODES: Readonly<Record<string, PartnerErrorCode>> = {
  INVALID_REQUEST: PartnerErrorCode.Rejected,
  INVALID_STATE: PartnerErrorCode.Rejected,
  DUPLICATE_REQUEST_ID: PartnerErrorCode.Rejected,
  SIGNATURE_INVALID: PartnerErrorCode.AuthFailed,
  NOT_FOUND: PartnerErrorCode.NotFound,
};

/** Transport and authentication for OCEAN: every body signed with our key, every answer checked against theirs. */
export class OceanClient {
  private readonly fetch: typeof fetch;
  private readonly privateKey: KeyObject;
  readonly partnerPublicKey: KeyObject;

  constructor(
    private readonly options: OceanClientOptions,
    private readonly serializer: OceanSerializer,
  ) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.privateKey = createPrivateKey(options.privateKeyPem);
    this.partnerPublicKey = createPublicKey(options.partnerPublicKeyPem);
  }

  async send(
    method: 'GET' | 'POST',
    path: string,
    body: Record<string, unknown> | undefined,
    context: CallContext,
  ): Promise<Record<string, unknown>> {
    const payload = body === undefined ? '' : JSON.stringify(body);
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(`${this.options.baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        body: body === undefined ? undefined : payload,
        signal: context.signal,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          [OCEAN_SIGNATURE_HEADER]: signDetached(payload, this.privateKey, this.options.keyId),
          'x-request-id': context.requestId,
          'x-correlation-id': context.correlationId,
        },
      });
      text = await response.text();
    } catch (error) {
      throw transportFailure(OCEAN, error);
    }
    if (!response.ok) throw this.toError(response, this.errorBody(text));
    if (!verifyDetached(response.headers.get(OCEAN_SIGNATURE_HEADER) ?? undefined, text, this.partnerPublicKey)) {
      throw new PartnerError(PartnerErrorCode.SignatureInvalid, 'OCEAN response is unsigned or its signature does not verify', OCEAN);
    }
    return this.serializer.json(text);
  }

  // Error answers are acted on only by failing, so an unsigned one (a gateway's 429 or 503) is still read.
  private errorBody(text: string): { code: string; message: string } | undefined {
    try {
      return this.serializer.parseError(this.serializer.json(text));
    } catch {
      return undefined;
    }
  }

  private toError(response: Response, body: { code: string; message: string } | undefined): PartnerError {
    const detail = body ? `${body.code}: ${body.message}` : `HTTP ${response.status}`;
    const code =
      (body && Object.hasOwn(ERROR_CODES, body.code) ? ERROR_CODES[body.code] : undefined) ?? partnerErrorCodeOfStatus(response.status);
    const retryAfterSeconds = code === PartnerErrorCode.RateLimited ? retryAfterSecondsOf(response.headers) : undefined;
    return new PartnerError(code, `OCEAN refused the call (${detail})`, OCEAN, retryAfterSeconds);
  }
}
