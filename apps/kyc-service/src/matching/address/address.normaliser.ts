import { ADDRESS_ABBREVIATIONS, ADDRESS_FILLERS } from './address-abbreviations.constants.js';
import type { AddressInput } from './address-input.js';

export interface NormalisedAddress {
  /** Normalised words, pincode excluded. */
  text: string;
  pincode: string | null;
}

const PINCODE = /(?<!\d)([1-9]\d{2})\s?(\d{3})(?!\d)/;
const SEPARATORS = /[^a-z0-9]+/;
// "H.No. 12" and "H No 12" both mean house number 12.
const HOUSE_NUMBER = /\bh\s*\.?\s*no\b\.?/g;

export function normaliseAddress(input: AddressInput): NormalisedAddress {
  const lines = typeof input === 'string' ? [input] : [input.line1, input.line2, input.city, input.state];
  let text = lines
    .filter((line) => line?.trim())
    .join(' ')
    .toLowerCase()
    .replace(HOUSE_NUMBER, ' ');
  let pincode = typeof input === 'string' ? null : digitsOf(input.pincode);
  const found = PINCODE.exec(text);
  if (found) {
    pincode ??= found[1] + found[2];
    text = text.replace(found[0], ' ');
  }
  const words = text.split(SEPARATORS).map((word) => ADDRESS_ABBREVIATIONS.get(word) ?? word);
  return { text: words.filter((word) => word.length > 0 && !ADDRESS_FILLERS.has(word)).join(' '), pincode };
}

function digitsOf(pincode: string | undefined): string | null {
  const digits = pincode?.replace(/\D/g, '') ?? '';
  return digits.length === 6 ? digits : null;
}
