import type { PersonAddress } from '../registry/identity-record.js';
import type { AddressStyle } from '../registry/variation.constants.js';
import { UIDAI_ABBREVIATIONS } from './address-abbreviations.constants.js';

/** An address in UIDAI's fields; `city` is UIDAI's village/town/city (vtc). */
export interface UidaiAddress {
  house: string;
  street: string;
  locality: string;
  city: string;
  district: string;
  state: string;
  pincode: string;
}

export function toUidaiAddress(address: PersonAddress, style: AddressStyle): UidaiAddress {
  const shorten = style === 'abbreviated' ? abbreviate : (text: string) => text;
  const { house, street } = splitFirstLine(address.line1.trim());
  return {
    house: shorten(house),
    street: shorten(street),
    locality: shorten(address.line2?.trim() ?? ''),
    city: address.city,
    district: address.district ?? address.city,
    state: address.state,
    pincode: address.pincode,
  };
}

// "12 MG Road", "H.No 4 Station Road", "Flat No. 302 Lake View Road": a house number, maybe labelled, then the street.
const HOUSE_THEN_STREET =
  /^((?:(?:H\.?\s?No\.?|House\s+No\.?|Door\s+No\.?|Plot\s+No\.?|Flat(?:\s+No\.?)?|No\.?|#)\s*)?[\w/-]*\d[\w/-]*)\s+(.+)$/i;

function splitFirstLine(line: string): { house: string; street: string } {
  const comma = line.indexOf(',');
  if (comma > 0) return { house: line.slice(0, comma).trim(), street: line.slice(comma + 1).trim() };
  const numbered = HOUSE_THEN_STREET.exec(line);
  return numbered ? { house: numbered[1], street: numbered[2] } : { house: '', street: line };
}

function abbreviate(text: string): string {
  return UIDAI_ABBREVIATIONS.reduce(
    (shortened, [word, short]) =>
      shortened.replace(new RegExp(`\\b${word}\\b`, 'gi'), (found) => (found === found.toUpperCase() ? short.toUpperCase() : short)),
    text,
  );
}
