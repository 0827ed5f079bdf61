import type { PanStatus } from '../registry/identity-record.js';

/** NSDL-style answer: the name as the PAN database holds it; matching it is the caller's job. */
export interface PanVerificationView {
  pan: string;
  status: PanStatus;
  nameOnPan: string;
  dobMatch: boolean;
  aadhaarSeeded: boolean;
}
