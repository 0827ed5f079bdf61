import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';

/** Typed reads from a partner's JSON; a missing or mistyped field is a BadResponse naming the field. */
export class PayloadReader {
  constructor(
    private readonly partnerCode: string,
    private readonly body: Record<string, unknown>,
    private readonly path = '',
  ) {}

  string(field: string): string {
    const value = this.body[field];
    if (typeof value !== 'string' || value === '') throw this.bad(field, 'a string');
    return value;
  }

  optionalString(field: string): string | undefined {
    return this.body[field] === undefined || this.body[field] === null ? undefined : this.string(field);
  }

  number(field: string): number {
    const value = this.body[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.bad(field, 'a number');
    return value;
  }

  optionalNumber(field: string): number | undefined {
    return this.body[field] === undefined || this.body[field] === null ? undefined : this.number(field);
  }

  object(field: string): PayloadReader {
    const value = this.body[field];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw this.bad(field, 'an object');
    return new PayloadReader(this.partnerCode, value as Record<string, unknown>, `${this.path}${field}.`);
  }

  optionalObject(field: string): PayloadReader | undefined {
    return this.body[field] === undefined || this.body[field] === null ? undefined : this.object(field);
  }

  array(field: string): unknown[] {
    const value = this.body[field] ?? [];
    if (!Array.isArray(value)) throw this.bad(field, 'an array');
    return value;
  }

  private bad(field: string, expected: string): PartnerError {
    return new PartnerError(PartnerErrorCode.BadResponse, `${this.path}${field} is not ${expected}`, this.partnerCode);
  }
}

/** Rupees as our decimal string with two places; partners send numbers. */
export function rupees(value: number): string {
  return value.toFixed(2);
}

export function rupeesNumber(value: string): number {
  return Number(Number(value).toFixed(2));
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function parseJsonObject(rawBody: Buffer, partnerCode: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(rawBody.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to the error
  }
  throw new PartnerError(PartnerErrorCode.BadResponse, 'webhook body is not a JSON object', partnerCode);
}

/**
 * A partner's amount number as written, for our decimal checks: `1500.5` → "1500.5", never rounded, so an amount
 * with more than 2 decimals (or in exponent form) stays visible and is refused rather than silently fixed.
 */
export function decimalText(value: number): string {
  return String(value);
}
