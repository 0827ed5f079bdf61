import { IdentitySource } from '../identity-source.js';
import type { IdentityRecord } from './identity-record.js';
import { SeededPicker } from './seeded-picker.js';
import type { AddressStyle, NameVariation } from './variation.constants.js';

/**
 * What each source shows when a test pins nothing, weighted by how often real records look that way:
 * NSDL keeps names in capitals and often initials the first name; UIDAI mostly shows the name as
 * enrolled; CKYC records, keyed in by many intermediaries, are often surname first or titled.
 */
const UNPINNED_MENU: Record<IdentitySource, readonly NameVariation[]> = {
  [IdentitySource.Pan]: ['upper', 'upper', 'upper', 'upper', 'initials', 'initials', 'missing_middle', 'spelling'],
  [IdentitySource.Aadhaar]: ['exact', 'exact', 'exact', 'exact', 'spelling', 'spelling', 'missing_middle', 'initials', 'honorific'],
  [IdentitySource.Ckyc]: ['upper', 'upper', 'upper', 'reorder', 'reorder', 'honorific', 'initials', 'spelling', 'missing_middle'],
};

/** The number a source's choices hang on: the PAN for NSDL and CKYC, the Aadhaar number for UIDAI. */
export function variationSeed(source: IdentitySource, record: IdentityRecord): string {
  const own = source === IdentitySource.Aadhaar ? record.aadhaar : record.pan;
  return `${source}:${own ?? record.pan ?? record.aadhaar ?? record.ckycNumber}`;
}

export function chooseNameVariation(source: IdentitySource, record: IdentityRecord): NameVariation {
  return record.pinned[source] ?? new SeededPicker(variationSeed(source, record)).pick(UNPINNED_MENU[source]);
}

/** UIDAI abbreviates about half of the addresses (by the Aadhaar number) unless a test pins it. */
export function chooseAddressStyle(record: IdentityRecord): AddressStyle {
  const seed = `${variationSeed(IdentitySource.Aadhaar, record)}:address`;
  return record.pinned.address ?? (new SeededPicker(seed).chance(0.5) ? 'abbreviated' : 'exact');
}
