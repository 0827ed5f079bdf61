import type { Gender } from '../registry/identity-record.js';

export interface CkycSearchResult {
  ckycNumber: string;
  name: string;
  dob: string;
}

export interface CkycAddress {
  line1: string;
  line2: string;
  city: string;
  district: string;
  state: string;
  pincode: string;
  country: 'IN';
}

export interface CkycRecordView {
  ckycNumber: string;
  prefix: 'MR' | 'MRS' | 'MS';
  firstName: string;
  middleName: string;
  lastName: string;
  fatherName?: string;
  dob: string;
  gender: Gender;
  address: CkycAddress;
}
