/** Stable error codes of the public API and of RPC replies. Clients may switch on them. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  NotFound = 'NOT_FOUND',
  RouteNotFound = 'ROUTE_NOT_FOUND',
  Unauthorized = 'UNAUTHORIZED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  InvalidTransition = 'INVALID_TRANSITION',
  EmailTaken = 'EMAIL_TAKEN',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyInProgress = 'IDEMPOTENCY_IN_PROGRESS',
  UnsafeInput = 'UNSAFE_INPUT',
  OfferExpired = 'OFFER_EXPIRED',
  OfferAlreadyAccepted = 'OFFER_ALREADY_ACCEPTED',
  InvalidRules = 'INVALID_RULES',
  InvalidPrincipal = 'INVALID_PRINCIPAL',
  InvalidRate = 'INVALID_RATE',
  InvalidTenure = 'INVALID_TENURE',
  InvalidFees = 'INVALID_FEES',
  InvalidDates = 'INVALID_DATES',
  InvalidInput = 'INVALID_INPUT',
  InvalidAadhaar = 'INVALID_AADHAAR',
  InvalidPan = 'INVALID_PAN',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  UpstreamUnavailable = 'UPSTREAM_UNAVAILABLE',
  UpstreamTimeout = 'UPSTREAM_TIMEOUT',
  Internal = 'INTERNAL_ERROR',
}

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.MalformedJson]: 400,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.RouteNotFound]: 404,
  [ErrorCode.Unauthorized]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.InvalidTransition]: 409,
  [ErrorCode.EmailTaken]: 409,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.IdempotencyKeyReused]: 422,
  [ErrorCode.IdempotencyInProgress]: 409,
  [ErrorCode.UnsafeInput]: 400,
  [ErrorCode.OfferExpired]: 409,
  [ErrorCode.OfferAlreadyAccepted]: 409,
  [ErrorCode.InvalidRules]: 400,
  [ErrorCode.InvalidPrincipal]: 400,
  [ErrorCode.InvalidRate]: 400,
  [ErrorCode.InvalidTenure]: 400,
  [ErrorCode.InvalidFees]: 400,
  [ErrorCode.InvalidDates]: 400,
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.InvalidAadhaar]: 400,
  [ErrorCode.InvalidPan]: 400,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.UpstreamUnavailable]: 503,
  [ErrorCode.UpstreamTimeout]: 504,
  [ErrorCode.Internal]: 500,
};

/** What an error looks like on the wire, over HTTP and inside an RpcException. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode | string;
  message: string;
  requestId?: string;
}
