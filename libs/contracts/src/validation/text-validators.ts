import { registerDecorator, type ValidationOptions } from 'class-validator';

// C0 controls (CR and LF included), DEL, C1 controls, bidirectional embeddings/overrides/isolates and line/paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** True for a string a person could have typed on one line: no control characters, line breaks or bidi overrides. */
export function isSafeText(value: unknown): boolean {
  return typeof value === 'string' && !UNSAFE_TEXT.test(value);
}

/**
 * Free text (names, addresses, notes, reasons) that ends up in logs, letters and lenders' files: refused
 * with UNSAFE_TEXT when it holds control characters, CR/LF or bidirectional overrides that could forge
 * log lines or make a name read differently from what is stored.
 */
export function IsSafeText(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isSafeText',
      target: target.constructor,
      propertyName,
      options: { ...options, context: { code: 'UNSAFE_TEXT' } },
      validator: {
        validate: (value: unknown) => isSafeText(value),
        defaultMessage: () => `${propertyName} must not contain control characters, line breaks or bidirectional overrides`,
      },
    });
}

/** An ISO-8601 instant no more than `pastMs` before and `futureMs` after now (clock skew); refused with INVALID_CONSENT. */
export function IsConsentInstant(pastMs: number, futureMs: number, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isConsentInstant',
      target: target.constructor,
      propertyName,
      options: { ...options, context: { code: 'INVALID_CONSENT' } },
      constraints: [pastMs, futureMs],
      validator: {
        validate: (value: unknown) => isInstantWithin(value, pastMs, futureMs, Date.now()),
        defaultMessage: () => `${propertyName} must be an ISO-8601 instant within the last ${Math.round(pastMs / 3_600_000)} hours`,
      },
    });
}

export function isInstantWithin(value: unknown, pastMs: number, futureMs: number, now: number): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  const at = Date.parse(value);
  return Number.isFinite(at) && at >= now - pastMs && at <= now + futureMs;
}
