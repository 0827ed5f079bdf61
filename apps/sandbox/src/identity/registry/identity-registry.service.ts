import { Injectable } from '@nestjs/common';
import { panOfCkycNumber } from './ckyc-number.codec.js';
import { DEMO_IDENTITIES, type DemoIdentity } from './demo-identities.constants.js';
import type { IdentityRecord, RegisteredIdentity } from './identity-record.js';
import { nameWords, sameNameWords } from './person-name.js';
import { toRegisteredIdentity } from './registered-identity.mapper.js';
import { unregisteredAadhaarRecord, unregisteredCkycRecord, unregisteredPanRecord } from './unregistered-number.policy.js';

/**
 * The people the sources know: identities tests registered, and for any other well-formed number a
 * synthetic person (see unregistered-number.policy.ts). Kept in memory; registering a PAN, Aadhaar
 * or CKYC number again replaces the identity that had it. The demo identities are registered at boot.
 */
@Injectable()
export class IdentityRegistryService {
  private readonly byPan = new Map<string, RegisteredIdentity>();
  private readonly byAadhaar = new Map<string, RegisteredIdentity>();
  private readonly byCkycNumber = new Map<string, RegisteredIdentity>();

  constructor() {
    for (const demo of DEMO_IDENTITIES) this.register(demoRecordOf(demo));
  }

  register(record: RegisteredIdentity): void {
    for (const replaced of [this.byPan.get(record.pan), this.byAadhaar.get(record.aadhaar), this.byCkycNumber.get(record.ckycNumber)]) {
      if (replaced) this.forget(replaced);
    }
    this.byPan.set(record.pan, record);
    this.byAadhaar.set(record.aadhaar, record);
    this.byCkycNumber.set(record.ckycNumber, record);
  }

  findByPan(pan: string): IdentityRecord | null {
    return this.byPan.get(pan) ?? unregisteredPanRecord(pan);
  }

  findByAadhaar(aadhaar: string): IdentityRecord | null {
    return this.byAadhaar.get(aadhaar) ?? unregisteredAadhaarRecord(aadhaar);
  }

  /** A registered holder whose CKYC number differs from the PAN-derived one is not found under the latter. */
  findByCkycNumber(ckycNumber: string): IdentityRecord | null {
    const registered = this.byCkycNumber.get(ckycNumber);
    if (registered) return registered;
    const pan = panOfCkycNumber(ckycNumber);
    return pan && this.byPan.has(pan) ? null : unregisteredCkycRecord(ckycNumber);
  }

  /** Registered identities only: a synthetic person cannot be found from a name. */
  findRegisteredByNameAndDob(name: string, dob: string): RegisteredIdentity[] {
    return [...this.byPan.values()].filter(
      (record) => record.person.dob === dob && sameNameWords(nameWords(record.person.name).join(' '), name),
    );
  }

  private forget(record: RegisteredIdentity): void {
    this.byPan.delete(record.pan);
    this.byAadhaar.delete(record.aadhaar);
    this.byCkycNumber.delete(record.ckycNumber);
  }
}

function demoRecordOf(demo: DemoIdentity): RegisteredIdentity {
  return { ...toRegisteredIdentity(demo.registration), unavailableSource: demo.unavailableSource };
}
