/** Offer terms as the API shows them: amounts are JSON numbers with at most 2 decimals. */
export interface OfferTerms {
  offerId: string;
  amount: number;
  tenureMonths: number;
  annualRatePercent: number;
  emi: number;
  processingFee: number;
  gstOnFees: number;
  netDisbursed: number;
  apr: number;
  validUntil: string;
  ruleVersion: number;
}

export interface PartnerOfferResult {
  partnerCode: string;
  partnerName: string;
  eligible: boolean;
  /** Reason codes such as INCOME_BELOW_MIN, FOIR_EXCEEDED, AGE_OUT_OF_RANGE; empty when eligible. */
  reasons: string[];
  offer?: OfferTerms;
}

export interface ComputeOffersReply {
  applicationId: string;
  computedAt: string;
  /** Every active partner, eligible ones first ordered by APR (ties by partner code: no lender favoured). */
  results: PartnerOfferResult[];
}

export interface ScheduleRow {
  installment: number;
  dueDate?: string;
  opening: number;
  emi: number;
  interest: number;
  principal: number;
  closing: number;
}

/** The Key Fact Statement of an accepted offer (RBI KFS), as JSON and as readable HTML. */
export interface KeyFactStatement {
  applicationId: string;
  offerId: string;
  lender: { code: string; name: string; grievance: { officer: string; email: string; phone: string } };
  terms: OfferTerms;
  totalInterest: number;
  totalPayable: number;
  otherCharges: number;
  coolingOffDays: number;
  schedule: ScheduleRow[];
  acceptedAt: string;
  html: string;
}

export interface AcceptOfferReply {
  alreadyAccepted: boolean;
  kfs: KeyFactStatement;
}

/** A partner's calls in a window: latency percentiles (ms), the share that failed, and SLA breaches recorded. */
export interface PartnerSlaReply {
  partnerCode: string;
  from: string;
  to: string;
  calls: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  errorRate: number;
  breaches: number;
}
