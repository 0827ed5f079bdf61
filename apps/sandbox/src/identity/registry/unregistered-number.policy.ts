import type { CkycPresence, IdentityRecord } from './identity-record.js';
import { ckycNumberForPan, panOfCkycNumber } from './ckyc-number.codec.js';
import { syntheticPerson } from './synthetic-person.generator.js';

/**
 * How the sources answer well-formed numbers that no test registered: with a synthetic person
 * derived from the number, except where one digit says otherwise, so a test picks a behaviour by
 * picking a number. Registered identities ignore these rules.
 *
 * PAN, by its 9th character (the last digit):
 *   9 → never found: PAN verification and CKYC search by PAN answer 404
 *   8 → PAN status DEACTIVATED
 *   7 → no CKYC record: CKYC search by PAN answers 404, PAN verification works
 *   6 → PAN not seeded with an Aadhaar (`aadhaarSeeded: false`)
 * Aadhaar, by its 11th digit (the 12th is UIDAI's Verhoeff check digit): 9 → never found (404 on OTP).
 * CKYC number, by its last digit: 9 or 7 → never found. Numbers the sandbox derived from a PAN
 * (see ckyc-number.codec.ts) end in that PAN's last digit, so both rules agree.
 * CKYC search by name and date of birth finds registered identities only.
 */
export function unregisteredPanRecord(pan: string): IdentityRecord | null {
  const rule = pan[8];
  if (rule === '9') return null;
  return {
    person: syntheticPerson(pan, pan[4]),
    pan,
    ckycNumber: ckycNumberForPan(pan),
    panStatus: rule === '8' ? 'DEACTIVATED' : 'VALID',
    aadhaarSeeded: rule !== '6',
    ckyc: rule === '7' ? NOT_IN_CKYC : IN_CKYC,
    pinned: {},
  };
}

export function unregisteredAadhaarRecord(aadhaar: string): IdentityRecord | null {
  if (aadhaar[10] === '9') return null;
  return { person: syntheticPerson(aadhaar), aadhaar, panStatus: 'VALID', aadhaarSeeded: true, ckyc: NOT_IN_CKYC, pinned: {} };
}

export function unregisteredCkycRecord(ckycNumber: string): IdentityRecord | null {
  const pan = panOfCkycNumber(ckycNumber);
  if (pan) {
    const record = unregisteredPanRecord(pan);
    return record?.ckyc.present ? record : null;
  }
  if (/[79]$/.test(ckycNumber)) return null;
  return { person: syntheticPerson(ckycNumber), ckycNumber, panStatus: 'VALID', aadhaarSeeded: true, ckyc: IN_CKYC, pinned: {} };
}

const IN_CKYC: CkycPresence = { present: true, searchableByPan: true, searchableByNameDob: true };
const NOT_IN_CKYC: CkycPresence = { present: false, searchableByPan: false, searchableByNameDob: false };
