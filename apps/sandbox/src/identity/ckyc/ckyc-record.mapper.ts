import { IdentitySource } from '../identity-source.js';
import type { IdentityRecord } from '../registry/identity-record.js';
import { renderName } from '../registry/name-variation.generator.js';
import { SeededPicker } from '../registry/seeded-picker.js';
import { nameShownBy } from '../registry/source-name.mapper.js';
import { chooseNameVariation, variationSeed } from '../registry/variation-choice.policy.js';
import type { CkycRecordView, CkycSearchResult } from './ckyc-record.view.js';

export type CkycHolder = IdentityRecord & { ckycNumber: string };

export const isCkycHolder = (record: IdentityRecord | null): record is CkycHolder =>
  record !== null && record.ckyc.present && record.ckycNumber !== undefined;

export function toCkycSearchResult(record: CkycHolder): CkycSearchResult {
  return { ckycNumber: record.ckycNumber, name: renderName(nameShownBy(IdentitySource.Ckyc, record)), dob: record.person.dob };
}

/** A title the form asked for sits in front of the first name, as intermediaries key it in. */
export function toCkycRecordView(record: CkycHolder): CkycRecordView {
  const {
    honorific,
    words: [first, ...rest],
  } = nameShownBy(IdentitySource.Ckyc, record);
  const { person } = record;
  const fatherName = chooseNameVariation(IdentitySource.Ckyc, record) === 'exact' ? person.fatherName : person.fatherName?.toUpperCase();
  return {
    ckycNumber: record.ckycNumber,
    prefix: prefixOf(record),
    firstName: [honorific, first].filter(Boolean).join(' '),
    middleName: rest.slice(0, -1).join(' '),
    lastName: rest.at(-1) ?? '',
    ...(fatherName ? { fatherName } : {}),
    dob: person.dob,
    gender: person.gender,
    address: {
      line1: person.address.line1,
      line2: person.address.line2 ?? '',
      city: person.address.city,
      district: person.address.district ?? person.address.city,
      state: person.address.state,
      pincode: person.address.pincode,
      country: 'IN',
    },
  };
}

// CKYC's prefix has no neutral value; a woman's is MRS or MS by the seed, everyone else's MR.
function prefixOf(record: CkycHolder): CkycRecordView['prefix'] {
  if (record.person.gender !== 'F') return 'MR';
  return new SeededPicker(`${variationSeed(IdentitySource.Ckyc, record)}:prefix`).pick(['MRS', 'MS'] as const);
}
