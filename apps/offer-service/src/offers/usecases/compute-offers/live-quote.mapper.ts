import { PartnerError, PartnerErrorCode, type PartnerQuote } from '@los/nbfc';
import { Decimal } from '../../../emi/index.js';
import type { LoanAskFacts } from '../../../eligibility/applicant-facts.js';
import { EligibilityReason } from '../../../eligibility/eligibility-reason.js';
import { quotePricedLoan } from '../../../eligibility/loan-pricing.js';
import type { PartnerRules } from '../../../partners/rules/partner-rules.js';
import { processingFeeFor } from '../../../partners/rules/processing-fee.js';
import type { OfferEvaluation, PartnerQuoteRef } from './offer-set.factory.js';

/** Why a live partner gave no offer, beyond the reasons our rules share with partners. */
export enum LiveQuoteReason {
  PartnerDeclined = 'PARTNER_DECLINED',
  PartnerUnavailable = 'PARTNER_UNAVAILABLE',
  PartnerTimeout = 'PARTNER_TIMEOUT',
}

/** Partner decline codes (every sandbox lender's vocabulary) in ours; an unknown code is PARTNER_DECLINED. */
const PARTNER_REASONS: Readonly<Record<string, string>> = {
  INCOME_BELOW_MINIMUM: EligibilityReason.IncomeBelowMin,
  SELF_EMPLOYED_INCOME_BELOW_MINIMUM: EligibilityReason.IncomeBelowMin,
  CREDIT_SCORE_BELOW_MINIMUM: EligibilityReason.ScoreBelowMin,
  LOW_BUREAU_SCORE: EligibilityReason.ScoreBelowMin,
  FOIR_EXCEEDED: EligibilityReason.FoirExceeded,
};

/**
 * A partner's quote as our offer: amount, tenure and rate from the partner, its fee or else the fee our rules
 * set, GST from our rules; EMI and APR from our EMI engine, so every lender's figures are computed alike.
 */
export function evaluationOfQuote(quote: PartnerQuote, rules: PartnerRules, ask: LoanAskFacts): OfferEvaluation {
  if (quote.decision === 'DECLINED') {
    const reasons = [...new Set((quote.declineReasons ?? []).map((code) => PARTNER_REASONS[code] ?? LiveQuoteReason.PartnerDeclined))];
    return { eligible: false, reasons: reasons.length > 0 ? reasons : [LiveQuoteReason.PartnerDeclined] };
  }
  const amount = new Decimal(quote.amount ?? ask.amount);
  const annualRatePercent = Number(quote.annualRatePercent);
  if (quote.annualRatePercent === undefined || !Number.isFinite(annualRatePercent)) return unavailable();
  const loan = {
    amount,
    annualRatePercent,
    tenureMonths: quote.tenureMonths ?? ask.tenureMonths,
    gstPercent: rules.gstPercent,
    processingFee: quote.processingFee !== undefined ? new Decimal(quote.processingFee) : processingFeeFor(amount, rules.processingFee),
  };
  try {
    return { eligible: true, loan, quote: quotePricedLoan(loan), partnerQuote: partnerQuoteRefOf(quote) };
  } catch {
    // Terms our EMI engine refuses (a zero amount, an absurd rate) are a broken answer, not an offer.
    return unavailable();
  }
}

/** A failed or late partner call: timeouts are told apart, every other failure is PARTNER_UNAVAILABLE. */
export function evaluationOfFailure(error: unknown): OfferEvaluation {
  const timedOut = error instanceof PartnerError && error.code === PartnerErrorCode.Timeout;
  return { eligible: false, reasons: [timedOut ? LiveQuoteReason.PartnerTimeout : LiveQuoteReason.PartnerUnavailable] };
}

const unavailable = (): OfferEvaluation => ({ eligible: false, reasons: [LiveQuoteReason.PartnerUnavailable] });

/** A date-only validity (KUBER, OCEAN) holds through that day in India. */
function partnerQuoteRefOf(quote: PartnerQuote): PartnerQuoteRef {
  const until =
    quote.validUntil && /^\d{4}-\d{2}-\d{2}$/.test(quote.validUntil) ? `${quote.validUntil}T23:59:59.999+05:30` : quote.validUntil;
  const validUntil = until ? new Date(until) : undefined;
  return { id: quote.partnerQuoteId, ...(validUntil && !Number.isNaN(validUntil.getTime()) ? { validUntil } : {}) };
}
