import { maskPan } from '@los/contracts';

const PAN = /[A-Z]{5}\d{4}[A-Z]/g;
const AADHAAR = /(?<!\d)\d{4}[ -]?\d{4}[ -]?(\d{4})(?!\d)/g;
/** Values that are secrets or identity numbers by name: never stored, whatever they contain. */
const DROPPED_KEYS = new Set(['aadhaar', 'aadhaarnumber', 'uid', 'vid', 'otp', 'txnid', 'transactionid']);
const MAX_DEPTH = 6;

export function maskText(text: string): string {
  return text.replace(AADHAAR, 'XXXXXXXX$1').replace(PAN, (pan) => maskPan(pan));
}

/** A copy of a source's answer safe to keep: secrets dropped, Aadhaar and PAN numbers masked. */
export function redactRaw(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return typeof value === 'object' ? null : value;
  if (Array.isArray(value)) return value.map((item) => redactRaw(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!DROPPED_KEYS.has(key.toLowerCase())) copy[key] = redactRaw(item, depth + 1);
  }
  return copy;
}

export function redactObject(value: Record<string, unknown>): Record<string, unknown> {
  return redactRaw(value) as Record<string, unknown>;
}
