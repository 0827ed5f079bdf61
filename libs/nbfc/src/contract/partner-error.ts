/** Partner failures, each retryable or not: the resilience layer retries only the first kind. */
export enum PartnerErrorCode {
  Timeout = 'PARTNER_TIMEOUT',
  Unavailable = 'PARTNER_UNAVAILABLE',
  RateLimited = 'PARTNER_RATE_LIMITED',
  AuthFailed = 'PARTNER_AUTH_FAILED',
  Rejected = 'PARTNER_REJECTED_REQUEST',
  NotFound = 'PARTNER_NOT_FOUND',
  BadResponse = 'PARTNER_BAD_RESPONSE',
  UnknownStatus = 'PARTNER_UNKNOWN_STATUS',
  SignatureInvalid = 'PARTNER_SIGNATURE_INVALID',
  WebhookSignatureInvalid = 'WEBHOOK_SIGNATURE_INVALID',
  /** A webhook's event has a field that does not fit our event contract. */
  EventInvalid = 'PARTNER_EVENT_INVALID',
  /** A webhook's event time is outside the partner's freshness window. */
  EventStale = 'PARTNER_EVENT_STALE',
  CircuitOpen = 'PARTNER_CIRCUIT_OPEN',
}

const RETRYABLE = new Set([PartnerErrorCode.Timeout, PartnerErrorCode.Unavailable, PartnerErrorCode.RateLimited]);

export class PartnerError extends Error {
  constructor(
    readonly code: PartnerErrorCode,
    message: string,
    readonly partnerCode: string,
    /** Seconds the partner asked us to wait (429 Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'PartnerError';
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}
