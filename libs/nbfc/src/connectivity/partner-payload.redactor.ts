const DROPPED = /aadhaar|aadhar|secret|token|signature|password|apikey|authorization/i;
const PAN = /^[A-Z]{5}\d{4}[A-Z]$/;
/** Bounds of what one stored payload keeps: a partner (or whoever poses as one) decides how big its bodies are. */
export const MAX_STORED_STRING_CHARS = 1_000;
export const MAX_STORED_ITEMS = 100;
export const MAX_STORED_DEPTH = 8;
export const MAX_STORED_PAYLOAD_CHARS = 16_384;

/**
 * A copy of a partner payload fit to store: Aadhaar and every secret, token or signature dropped, PAN kept as
 * its last 4 characters, phone numbers as their last 4 digits; long strings, arrays and objects cut to their
 * bounds (marked), and a payload still over `MAX_STORED_PAYLOAD_CHARS` kept as its size only.
 */
export function redactPartnerPayload(value: unknown): unknown {
  const copy = redacted(value, '', 0);
  const chars = JSON.stringify(copy ?? null).length;
  return chars > MAX_STORED_PAYLOAD_CHARS ? { omitted: 'payload over the stored bound', chars } : copy;
}

function redacted(value: unknown, key: string, depth: number): unknown {
  if (value !== null && typeof value === 'object' && depth >= MAX_STORED_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_STORED_ITEMS).map((item) => redacted(item, key, depth + 1));
    return value.length > MAX_STORED_ITEMS ? [...items, `[${value.length - MAX_STORED_ITEMS} more items]`] : items;
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    const entries = Object.entries(value);
    for (const [name, inner] of entries.slice(0, MAX_STORED_ITEMS)) {
      if (DROPPED.test(name.replace(/[^a-z]/gi, ''))) continue;
      copy[name.slice(0, 100)] = redacted(inner, name, depth + 1);
    }
    if (entries.length > MAX_STORED_ITEMS) copy['[more fields]'] = entries.length - MAX_STORED_ITEMS;
    return copy;
  }
  if (typeof value !== 'string') return value;
  if (/^pan$/i.test(key) || PAN.test(value)) return `XXXXXX${value.slice(-4)}`;
  if (/mobile|phone/i.test(key)) return `XXXXXX${value.slice(-4)}`;
  if (/^\d{12}$/.test(value.replace(/\s/g, ''))) return '[REDACTED]';
  return value.length > MAX_STORED_STRING_CHARS ? `${value.slice(0, MAX_STORED_STRING_CHARS)}…[${value.length} chars]` : value;
}
