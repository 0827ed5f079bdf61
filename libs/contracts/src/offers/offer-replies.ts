import type { Currency } from '../money/money.js';

/** Offer terms as the API shows them: amounts are rupee decimal strings with two decimals (`money/money.ts`). */
export interface OfferTerms {
  offerId: string;
  currency: Currency;
  amount: string;
  tenureMonths: number;
  annualRatePercent: number;
  emi: string;
  processingFee: string;
  gstOnFees: string;
  netDisbursed: string;
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

/** One instalment; amounts in the currency of the statement or preview holding it. */
export interface ScheduleRow {
  installment: number;
  /** YYYY-MM-DD; on a KFS the first falls one month after the assumed disbursal (the acceptance date, IST). */
  dueDate?: string;
  opening: string;
  emi: string;
  interest: string;
  principal: string;
  closing: string;
}

/** The Key Fact Statement of an accepted offer (RBI KFS), as JSON and as readable HTML. */
export interface KeyFactStatement {
  applicationId: string;
  offerId: string;
  lender: { code: string; name: string; grievance: { officer: string; email: string; phone: string } };
  currency: Currency;
  terms: OfferTerms;
  totalInterest: string;
  totalPayable: string;
  otherCharges: string;
  coolingOffDays: number;
  schedule: ScheduleRow[];
  acceptedAt: string;
  html: string;
}

/** What the lender of the accepted offer is sent: the loan as accepted, the lender's quote, the bureau score offers were priced on. */
export interface AcceptedOfferView {
  offerId: string;
  partnerCode: string;
  /** Rupees, two decimals. */
  amount: string;
  tenureMonths: number;
  partnerQuoteId: string | null;
  bureauScore: number | null;
}

/** `offer: null` while no offer of the application is accepted. */
export interface AcceptedOfferReply {
  applicationId: string;
  offer: AcceptedOfferView | null;
}

export interface AcceptOfferReply {
  alreadyAccepted: boolean;
  kfs: KeyFactStatement;
}

/** A partner's calls in a window: latency percentiles (ms), the share that failed, and SLA breaches recorded. */
/** One service's raw figures for a partner over a window, merged by offer-service into the `PartnerSlaReply`. */
export interface PartnerCallFiguresReply {
  latenciesMs: number[];
  errors: number;
  breaches: number;
}

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
