const DROPPED = /aadhaar|aadhar|secret|token|signature|password|apikey|authorization/i;
const PAN = /^[A-Z]{5}\d{4}[A-Z]$/;

/**
 * A copy of a partner payload fit to store: Aadhaar and every secret, token or signature dropped, PAN kept as
 * its last 4 characters, phone numbers as their last 4 digits.
 */
export function redactPartnerPayload(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => redactPartnerPayload(item, key));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [name, inner] of Object.entries(value)) {
      if (DROPPED.test(name.replace(/[^a-z]/gi, ''))) continue;
      copy[name] = redactPartnerPayload(inner, name);
    }
    return copy;
  }
  if (typeof value !== 'string') return value;
  if (/^pan$/i.test(key) || PAN.test(value)) return `XXXXXX${value.slice(-4)}`;
  if (/mobile|phone/i.test(key)) return `XXXXXX${value.slice(-4)}`;
  if (/^\d{12}$/.test(value.replace(/\s/g, ''))) return '[REDACTED]';
  return value;
}
