import type { AddressInput } from '../matching/index.js';

type Fields = Record<string, unknown>;

export function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function joinText(...parts: unknown[]): string {
  return parts
    .map(text)
    .filter((part): part is string => part !== null)
    .join(' ');
}

/** M, F or T from the forms sources use (M, Male, F, FEMALE, T, Transgender); null otherwise. */
export function genderCode(value: unknown): string | null {
  const first = text(value)?.charAt(0).toUpperCase();
  return first === 'M' || first === 'F' || first === 'T' ? first : null;
}

/**
 * Addresses arrive as Aadhaar parts (house, street, locality, district), as lines (line1, line2),
 * or as one string; the matcher takes lines, city, state and pincode.
 */
export function addressOf(value: unknown): AddressInput | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Fields;
  const joined = (...keys: string[]) =>
    keys
      .map((key) => text(fields[key]))
      .filter(Boolean)
      .join(', ') || undefined;
  const address = {
    line1: text(fields.line1) ?? joined('house', 'street', 'landmark'),
    line2: [text(fields.line2), text(fields.line3)].filter(Boolean).join(', ') || joined('locality', 'vtc', 'subDistrict', 'postOffice'),
    city: text(fields.city) ?? text(fields.district) ?? undefined,
    state: text(fields.state) ?? undefined,
    pincode: text(fields.pincode) ?? text(fields.pin) ?? undefined,
  };
  const present = Object.fromEntries(Object.entries(address).filter(([, part]) => part !== undefined && part !== ''));
  return Object.keys(present).length > 0 ? present : null;
}
