import type { AddressStyle, NameVariation } from './variation.constants.js';

export type Gender = 'M' | 'F' | 'T';
export type PanStatus = 'VALID' | 'DEACTIVATED';

export interface PersonName {
  first: string;
  middle: string[];
  last?: string;
}

export interface PersonAddress {
  line1: string;
  line2?: string;
  city: string;
  district?: string;
  state: string;
  pincode: string;
}

/** The person as they really are, before any source's way of showing them. */
export interface Person {
  name: PersonName;
  dob: string;
  gender: Gender;
  address: PersonAddress;
  fatherName?: string;
}

export interface CkycPresence {
  present: boolean;
  searchableByPan: boolean;
  searchableByNameDob: boolean;
}

export interface PinnedVariations {
  pan?: NameVariation;
  aadhaar?: NameVariation;
  ckyc?: NameVariation;
  address?: AddressStyle;
}

/** One person as the sources know them: registered by a test, or synthesised from a number. */
export interface IdentityRecord {
  person: Person;
  pan?: string;
  aadhaar?: string;
  ckycNumber?: string;
  panStatus: PanStatus;
  aadhaarSeeded: boolean;
  ckyc: CkycPresence;
  pinned: PinnedVariations;
  /** UIDAI's address when it lags a move (the other sources know `person.address`). */
  aadhaarAddress?: PersonAddress;
  /** CKYC answers 503 for this person only (a demo identity's "source down"). */
  unavailableSource?: 'ckyc';
}

export type RegisteredIdentity = IdentityRecord & Required<Pick<IdentityRecord, 'pan' | 'aadhaar' | 'ckycNumber'>>;
