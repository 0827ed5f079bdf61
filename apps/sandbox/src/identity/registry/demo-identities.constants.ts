import { IdentitySource } from '../identity-source.js';
import type { RegisterIdentityDto } from './register-identity.dto.js';

/** What a KYC of the identity ends in, through the gateway against this sandbox. */
export enum DemoOutcome {
  Verified = 'VERIFIED',
  Review = 'REVIEW',
  Failed = 'FAILED',
  SourceDown = 'SOURCE_DOWN',
}

export interface DemoIdentity {
  key: string;
  triggers: DemoOutcome;
  /** What a client sees, in the application's and the KYC's terms. */
  description: string;
  registration: RegisterIdentityDto;
  /** CKYC answers 503 for this person only (the other sources, and other people, are unaffected). */
  unavailableSource?: IdentitySource.Ckyc;
}

const EXACT = { pan: 'exact', aadhaar: 'exact', ckyc: 'exact', address: 'exact' } as const;
const BENGALURU = { line1: '12, 4th Cross Road', line2: 'Koramangala', city: 'Bengaluru', state: 'Karnataka', pincode: '560034' };

/**
 * Ready-made people, registered at boot and listed by `GET /sandbox/identities/demo`, so a client can try the API
 * without inventing one. Their PANs use letters the test fixtures never draw (Q), and the ZZZP PANs are the bureau's
 * score-exact test PANs, so each one always ends the same way. Aadhaar numbers carry valid Verhoeff check digits.
 */
export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  {
    key: 'verified',
    triggers: DemoOutcome.Verified,
    description: 'Every source matches: KYC_VERIFIED, then OFFERS_READY (bureau score 750, every lender offers)',
    registration: {
      pan: 'ZZZPQ0750Q',
      aadhaar: '555000000019',
      name: 'Asha Verma',
      dob: '1990-04-21',
      gender: 'F',
      address: BENGALURU,
      variation: EXACT,
    },
  },
  {
    key: 'verified-no-offers',
    triggers: DemoOutcome.Verified,
    description: 'Every source matches: KYC_VERIFIED, then NO_OFFERS (bureau score 550, below every lender)',
    registration: {
      pan: 'ZZZPQ0550Q',
      aadhaar: '555000000026',
      name: 'Ravi Shankar Iyer',
      dob: '1985-11-02',
      gender: 'M',
      address: { line1: '8, Luz Church Road', line2: 'Mylapore', city: 'Chennai', state: 'Tamil Nadu', pincode: '600004' },
      variation: EXACT,
    },
  },
  {
    key: 'review',
    triggers: DemoOutcome.Review,
    description: 'The PAN is not linked to an Aadhaar (aadhaarSeeded false): KYC_REVIEW with PAN_AADHAAR_NOT_LINKED',
    registration: {
      pan: 'QQQPR1001Q',
      aadhaar: '555000000035',
      name: 'Farhan Qureshi',
      dob: '1992-07-15',
      gender: 'M',
      address: { line1: '21, Hill Road', line2: 'Bandra West', city: 'Mumbai', state: 'Maharashtra', pincode: '400050' },
      aadhaarSeeded: false,
      variation: EXACT,
    },
  },
  {
    key: 'failed',
    triggers: DemoOutcome.Failed,
    description: 'The PAN is deactivated: KYC_FAILED with PAN_NOT_VALID',
    registration: {
      pan: 'QQQPF1002Q',
      aadhaar: '555000000042',
      name: 'Meera Nair',
      dob: '1979-01-30',
      gender: 'F',
      address: { line1: '5, MG Road', line2: 'Ernakulam', city: 'Kochi', state: 'Kerala', pincode: '682016' },
      panStatus: 'DEACTIVATED',
      variation: EXACT,
    },
  },
  {
    key: 'source-down',
    triggers: DemoOutcome.SourceDown,
    description: 'CKYC answers 503 for this person: KYC_REVIEW with SOURCE_UNAVAILABLE:CKYC, re-driven while it stays down',
    registration: {
      pan: 'QQQPD1003Q',
      aadhaar: '555000000057',
      name: 'Gurpreet Singh',
      dob: '1988-09-09',
      gender: 'M',
      address: { line1: '44, Model Town', city: 'Ludhiana', state: 'Punjab', pincode: '141002' },
      variation: EXACT,
    },
    unavailableSource: IdentitySource.Ckyc,
  },
];
