import { IdentitySource } from '../identity-source.js';
import { ckycNumberForPan } from './ckyc-number.codec.js';
import type { RegisteredIdentity } from './identity-record.js';
import { parsePersonName } from './person-name.js';
import type { RegisterIdentityDto } from './register-identity.dto.js';
import type { AddressStyle, NameVariation } from './variation.constants.js';
import { chooseAddressStyle, chooseNameVariation } from './variation-choice.policy.js';

/** What registration answers: the CKYC number given or derived, and the variations each source will show. */
export interface RegistrationView {
  pan: string;
  ckycNumber: string;
  variation: { pan: NameVariation; aadhaar: NameVariation; ckyc: NameVariation; address: AddressStyle };
}

export function toRegisteredIdentity(dto: RegisterIdentityDto): RegisteredIdentity {
  return {
    person: { name: parsePersonName(dto.name), dob: dto.dob, gender: dto.gender, address: { ...dto.address }, fatherName: dto.fatherName },
    pan: dto.pan,
    aadhaar: dto.aadhaar,
    ckycNumber: dto.ckycNumber ?? ckycNumberForPan(dto.pan),
    panStatus: dto.panStatus ?? 'VALID',
    aadhaarSeeded: dto.aadhaarSeeded ?? true,
    ckyc: {
      present: dto.ckyc?.present ?? true,
      searchableByPan: dto.ckyc?.searchableByPan ?? true,
      searchableByNameDob: dto.ckyc?.searchableByNameDob ?? true,
    },
    pinned: { ...dto.variation },
    ...(dto.aadhaarAddress ? { aadhaarAddress: { ...dto.aadhaarAddress } } : {}),
  };
}

export function toRegistrationView(record: RegisteredIdentity): RegistrationView {
  return {
    pan: record.pan,
    ckycNumber: record.ckycNumber,
    variation: {
      pan: chooseNameVariation(IdentitySource.Pan, record),
      aadhaar: chooseNameVariation(IdentitySource.Aadhaar, record),
      ckyc: chooseNameVariation(IdentitySource.Ckyc, record),
      address: chooseAddressStyle(record),
    },
  };
}
