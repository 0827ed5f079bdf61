import { PartnerStatus } from '@los/contracts';

/** Our canonical view of a borrower and a loan ask, the same for every partner. Money: decimal strings in rupees. */
export interface CanonicalApplicant {
  applicationId: string;
  fullName: string;
  dob: string;
  pan: string;
  mobile: string;
  email: string;
  employmentType: 'SALARIED' | 'SELF_EMPLOYED';
  monthlyIncome: string;
  existingEmiMonthly: string;
  pincode: string;
  city: string;
  state: string;
  bureauScore?: number;
}

export interface LoanAsk {
  amount: string;
  tenureMonths: number;
  purpose: string;
}

/** A partner's own quote, normalised. `partnerQuoteId` is the partner's reference for it. */
export interface PartnerQuote {
  partnerQuoteId: string;
  decision: 'APPROVED' | 'DECLINED';
  amount?: string;
  tenureMonths?: number;
  annualRatePercent?: string;
  processingFee?: string;
  declineReasons?: string[];
  validUntil?: string;
}

/** Defined with the message contracts, which carry it between services. */
export { PartnerStatus };

export interface SubmissionResult {
  partnerReference: string;
  status: PartnerStatus;
}

export interface DisbursalRequest {
  applicationId: string;
  partnerReference: string;
  amount: string;
  beneficiary: { accountNumber: string; ifsc: string; name: string };
}

export interface DisbursalResult {
  partnerReference: string;
  disbursalReference?: string;
  status: PartnerStatus;
  utr?: string;
  /** What the lender says it paid out (rupees, decimal string), when it says so. */
  amount?: string;
  /** The payment's value date (YYYY-MM-DD), when the lender names one. */
  valueDate?: string;
  /** Why a failed disbursal failed, in the lender's words. */
  failureReason?: string;
}

/** A webhook or callback turned into our event. `eventId` is the partner's id (or a hash of the body) for dedupe. */
export interface PartnerEvent {
  eventId: string;
  partnerReference: string;
  status: PartnerStatus;
  occurredAt: string;
  details?: Record<string, unknown>;
}
