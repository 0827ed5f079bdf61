import type { AddressInput } from './address-input.js';
import { normaliseAddress } from './address.normaliser.js';

/**
 * True when both addresses carry a pincode and the first three digits, the postal sorting district,
 * differ: another city, not a move across town (Delhi 110024 and 110017 share 110).
 */
export function inAnotherPostalDistrict(first: AddressInput, second: AddressInput): boolean {
  const [a, b] = [normaliseAddress(first).pincode, normaliseAddress(second).pincode];
  return a !== null && b !== null && a.slice(0, 3) !== b.slice(0, 3);
}
