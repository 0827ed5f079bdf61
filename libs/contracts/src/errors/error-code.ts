/** Stable error codes of the public API and of RPC replies. Clients may switch on them. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  PayloadTooComplex = 'PAYLOAD_TOO_COMPLEX',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  NotFound = 'NOT_FOUND',
  RouteNotFound = 'ROUTE_NOT_FOUND',
  /** The path exists but not for this method; the answer's Allow header lists the methods it has. */
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  Unauthorized = 'UNAUTHORIZED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  InvalidTransition = 'INVALID_TRANSITION',
  EmailTaken = 'EMAIL_TAKEN',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  AccountLocked = 'ACCOUNT_LOCKED',
  WeakPassword = 'WEAK_PASSWORD',
  InvalidEmail = 'INVALID_EMAIL',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyInProgress = 'IDEMPOTENCY_IN_PROGRESS',
  /** The request with this key took effect, but its response was lost (the server died before storing it). */
  IdempotencyOutcomeLost = 'IDEMPOTENCY_OUTCOME_LOST',
  UnsafeInput = 'UNSAFE_INPUT',
  OfferExpired = 'OFFER_EXPIRED',
  /** No offer with this id belongs to the application. */
  OfferNotFound = 'OFFER_NOT_FOUND',
  /** The application exists but has no accepted offer yet, so there is no Key Fact Statement. */
  KfsNotAvailable = 'KFS_NOT_AVAILABLE',
  /** The `after` cursor was not issued by this list (or its sort changed). */
  InvalidCursor = 'INVALID_CURSOR',
  OfferAlreadyAccepted = 'OFFER_ALREADY_ACCEPTED',
  /** Our credit decision has not been made for this application yet (it is before or in UNDERWRITING). */
  DecisionNotAvailable = 'DECISION_NOT_AVAILABLE',
  /** KYC is verified but the offer set is still being computed: poll the application's status for OFFERS_READY. */
  OffersNotReady = 'OFFERS_NOT_READY',
  DocumentLocked = 'DOCUMENT_LOCKED',
  DocumentChanged = 'DOCUMENT_CHANGED',
  InvalidRules = 'INVALID_RULES',
  /** A decision table draft is malformed: the message names the rule and the problem (see `errors`). */
  DecisionTableInvalid = 'DECISION_TABLE_INVALID',
  InvalidPrincipal = 'INVALID_PRINCIPAL',
  InvalidRate = 'INVALID_RATE',
  InvalidTenure = 'INVALID_TENURE',
  InvalidFees = 'INVALID_FEES',
  InvalidDates = 'INVALID_DATES',
  InvalidInput = 'INVALID_INPUT',
  InvalidAadhaar = 'INVALID_AADHAAR',
  InvalidPan = 'INVALID_PAN',
  /** A free-text field holds control characters, line breaks or bidirectional overrides. */
  UnsafeText = 'UNSAFE_TEXT',
  InvalidConsent = 'INVALID_CONSENT',
  UnknownChannelPartner = 'UNKNOWN_CHANNEL_PARTNER',
  /** The KYC's PAN, name or date of birth is not the application's applicant. */
  KycIdentityMismatch = 'KYC_IDENTITY_MISMATCH',
  /** The Aadhaar OTP request is unknown, expired, of another application or already used. */
  KycOtpRequestInvalid = 'KYC_OTP_REQUEST_INVALID',
  /** Too many KYC submissions or OTP requests for the application or the PAN today; see Retry-After. */
  KycAttemptsExceeded = 'KYC_ATTEMPTS_EXCEEDED',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  WebhookSignatureInvalid = 'WEBHOOK_SIGNATURE_INVALID',
  /** An outbound webhook URL that is not https, carries credentials, or points at a private or loopback address. */
  WebhookUrlRefused = 'WEBHOOK_URL_REFUSED',
  PartnerUnknownStatus = 'PARTNER_UNKNOWN_STATUS',
  /** A lender's event misses a field or has one that does not fit (id, reference, time, amount, UTR). */
  PartnerEventInvalid = 'PARTNER_EVENT_INVALID',
  /** A lender's event is dated outside the window accepted for a partner whose signature covers no timestamp. */
  PartnerEventStale = 'PARTNER_EVENT_STALE',
  PartnerNotConnected = 'PARTNER_NOT_CONNECTED',
  NothingToRedrive = 'NOTHING_TO_REDRIVE',
  ApplicationNotStuck = 'APPLICATION_NOT_STUCK',
  RedriveRaced = 'REDRIVE_RACED',
  /** Another reviewer holds a live claim on this KYC review. */
  ReviewAlreadyClaimed = 'REVIEW_ALREADY_CLAIMED',
  /** Resolving a KYC review needs the caller's own live claim. */
  ReviewNotClaimed = 'REVIEW_NOT_CLAIMED',
  /** The KYC review was already resolved, by a person or by a later automatic result. */
  ReviewAlreadyResolved = 'REVIEW_ALREADY_RESOLVED',
  /** Maker-checker: the approval above the threshold needs a second underwriter, not the one who made it. */
  CheckerSameAsMaker = 'CHECKER_SAME_AS_MAKER',
  /** The IFSC is not one of a known bank branch (checked against the bundled RBI list). */
  InvalidIfsc = 'INVALID_IFSC',
  /** A bank account number is 9 to 18 digits. */
  InvalidAccountNumber = 'INVALID_ACCOUNT_NUMBER',
  /** The bank account cannot be set now: before KYC is verified, or once disbursal is requested. */
  BankAccountChangeNotAllowed = 'BANK_ACCOUNT_CHANGE_NOT_ALLOWED',
  UpstreamUnavailable = 'UPSTREAM_UNAVAILABLE',
  UpstreamTimeout = 'UPSTREAM_TIMEOUT',
  /** A database or another server this service depends on does not answer. */
  DependencyUnavailable = 'DEPENDENCY_UNAVAILABLE',
  /** The database rolled the request's transaction back (deadlock victim, lock wait timeout): nothing changed; retry. */
  TransactionConflict = 'TRANSACTION_CONFLICT',
  Internal = 'INTERNAL_ERROR',
}

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.MalformedJson]: 400,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.PayloadTooComplex]: 400,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.RouteNotFound]: 404,
  [ErrorCode.MethodNotAllowed]: 405,
  [ErrorCode.Unauthorized]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.InvalidTransition]: 409,
  [ErrorCode.EmailTaken]: 409,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.AccountLocked]: 429,
  [ErrorCode.WeakPassword]: 400,
  [ErrorCode.InvalidEmail]: 400,
  [ErrorCode.IdempotencyKeyReused]: 422,
  [ErrorCode.IdempotencyInProgress]: 409,
  [ErrorCode.IdempotencyOutcomeLost]: 409,
  [ErrorCode.UnsafeInput]: 400,
  [ErrorCode.OfferExpired]: 409,
  [ErrorCode.OfferNotFound]: 404,
  [ErrorCode.KfsNotAvailable]: 409,
  [ErrorCode.DecisionNotAvailable]: 404,
  [ErrorCode.InvalidCursor]: 400,
  [ErrorCode.OfferAlreadyAccepted]: 409,
  [ErrorCode.OffersNotReady]: 409,
  [ErrorCode.DocumentLocked]: 409,
  [ErrorCode.DocumentChanged]: 409,
  [ErrorCode.InvalidRules]: 400,
  [ErrorCode.DecisionTableInvalid]: 400,
  [ErrorCode.InvalidPrincipal]: 400,
  [ErrorCode.InvalidRate]: 400,
  [ErrorCode.InvalidTenure]: 400,
  [ErrorCode.InvalidFees]: 400,
  [ErrorCode.InvalidDates]: 400,
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.InvalidAadhaar]: 400,
  [ErrorCode.InvalidPan]: 400,
  [ErrorCode.UnsafeText]: 400,
  [ErrorCode.InvalidConsent]: 400,
  [ErrorCode.UnknownChannelPartner]: 422,
  [ErrorCode.KycIdentityMismatch]: 422,
  [ErrorCode.KycOtpRequestInvalid]: 422,
  [ErrorCode.KycAttemptsExceeded]: 429,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.WebhookSignatureInvalid]: 401,
  [ErrorCode.WebhookUrlRefused]: 400,
  [ErrorCode.PartnerUnknownStatus]: 422,
  [ErrorCode.PartnerEventInvalid]: 422,
  [ErrorCode.PartnerEventStale]: 422,
  [ErrorCode.PartnerNotConnected]: 404,
  [ErrorCode.NothingToRedrive]: 409,
  [ErrorCode.ApplicationNotStuck]: 409,
  [ErrorCode.RedriveRaced]: 409,
  [ErrorCode.ReviewAlreadyClaimed]: 409,
  [ErrorCode.ReviewNotClaimed]: 409,
  [ErrorCode.ReviewAlreadyResolved]: 409,
  [ErrorCode.CheckerSameAsMaker]: 403,
  [ErrorCode.InvalidIfsc]: 400,
  [ErrorCode.InvalidAccountNumber]: 400,
  [ErrorCode.BankAccountChangeNotAllowed]: 409,
  [ErrorCode.UpstreamUnavailable]: 503,
  [ErrorCode.UpstreamTimeout]: 504,
  [ErrorCode.DependencyUnavailable]: 503,
  [ErrorCode.TransactionConflict]: 503,
  [ErrorCode.Internal]: 500,
};

/** One failing field of a request: `field` is its dotted path in the body or query (`consent.given`, `applicant.pan`). */
export interface FieldError {
  field: string;
  /** The field's own code (INVALID_PAN, INVALID_AADHAAR, ...), else VALIDATION_FAILED. */
  code: ErrorCode | string;
  message: string;
}

/**
 * What an error looks like on the wire, over HTTP and inside an RpcException. `code` is the top-level code
 * (for a validation failure: the first field's own code, else VALIDATION_FAILED); `errors` lists every failing
 * field (up to a cap) when the request failed validation.
 */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode | string;
  message: string;
  errors?: FieldError[];
  requestId?: string;
}
