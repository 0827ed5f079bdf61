import { ageOn } from '@los/contracts';
import type { EmiQuote } from '../../../emi/index.js';
import type { ApplicantFacts, LoanAskFacts } from '../../../eligibility/applicant-facts.js';
import { evaluatePartner } from '../../../eligibility/eligibility.evaluator.js';
import type { PricedLoan } from '../../../eligibility/loan-pricing.js';
import type { ActivePartner } from '../../../partners/active-partners.cache.js';
import type { OfferSetEntity, StoredPartnerResult } from '../../entities/offer-set.entity.js';
import { type OfferEntity, OfferStatus } from '../../entities/offer.entity.js';

const DAY_MS = 86_400_000;

/** A partner at the rule version it is priced from. */
export type PartnerToEvaluate = ActivePartner;

/** A partner's answer, from its rules or from its live quote. */
/** A live quote's partner id and the partner's own validity, kept with the offer it became. */
export interface PartnerQuoteRef {
  id: string;
  validUntil?: Date;
}

export type OfferEvaluation =
  { eligible: true; loan: PricedLoan; quote: EmiQuote; partnerQuote?: PartnerQuoteRef } | { eligible: false; reasons: string[] };

export interface OfferSetDraft {
  id: string;
  applicationId: string;
  generation: number;
  applicant: ApplicantFacts;
  ask: LoanAskFacts;
  partners: PartnerToEvaluate[];
  now: Date;
  newId: () => string;
  /** Answers of the partners quoted live, by partner code; the others are evaluated from their rules. */
  liveEvaluations?: ReadonlyMap<string, OfferEvaluation>;
}

/**
 * Evaluates every partner and lays the set out as the reply lists it: offers by APR, ties by partner
 * code, then declines by partner code; no lender is favoured.
 */
export function buildOfferSet(draft: OfferSetDraft): { set: OfferSetEntity; offers: OfferEntity[] } {
  const { applicant, ask, now } = draft;
  const evaluated = draft.partners.map((partner) => {
    const evaluation: OfferEvaluation = draft.liveEvaluations?.get(partner.code) ?? evaluatePartner(partner.rules, applicant, ask, now);
    return { partner, evaluation };
  });
  const offers: OfferEntity[] = [];
  const eligible: { result: StoredPartnerResult; offer: OfferEntity }[] = [];
  const declined: StoredPartnerResult[] = [];
  for (const { partner, evaluation } of evaluated) {
    const result = { partnerCode: partner.code, partnerName: partner.name, ruleVersion: partner.version };
    if (!evaluation.eligible) {
      declined.push({ ...result, eligible: false, reasons: evaluation.reasons });
      continue;
    }
    const { loan, quote, partnerQuote } = evaluation;
    const byRules = new Date(now.getTime() + partner.rules.offerValidityDays * DAY_MS);
    const offer: OfferEntity = {
      id: draft.newId(),
      offerSetId: draft.id,
      applicationId: draft.applicationId,
      partnerCode: partner.code,
      ruleVersion: partner.version,
      amount: loan.amount.toFixed(2),
      tenureMonths: loan.tenureMonths,
      annualRatePercent: String(loan.annualRatePercent),
      emi: quote.emi.toFixed(2),
      processingFee: quote.processingFee.toFixed(2),
      gstPercent: String(loan.gstPercent),
      gstOnFees: quote.gstOnFees.toFixed(2),
      netDisbursed: quote.netDisbursed.toFixed(2),
      apr: quote.apr.toFixed(2),
      validUntil: earlierOf(byRules, partnerQuote?.validUntil),
      partnerQuoteId: partnerQuote?.id ?? null,
      status: OfferStatus.Offered,
      acceptedAt: null,
      createdAt: now,
    };
    offers.push(offer);
    eligible.push({ result: { ...result, eligible: true, reasons: [], offerId: offer.id }, offer });
  }
  eligible.sort((a, b) => Number(a.offer.apr) - Number(b.offer.apr) || byCode(a.result, b.result));
  declined.sort(byCode);
  const set: OfferSetEntity = {
    id: draft.id,
    applicationId: draft.applicationId,
    generation: draft.generation,
    bureauScore: applicant.bureauScore,
    inputs: {
      monthlyIncome: applicant.monthlyIncome.toFixed(2),
      existingEmiMonthly: applicant.existingEmiMonthly.toFixed(2),
      employmentType: applicant.employmentType,
      pincode: applicant.pincode,
      state: applicant.state,
      ageYears: ageOn(applicant.dob, now),
      loan: { amount: ask.amount.toFixed(2), tenureMonths: ask.tenureMonths },
    },
    results: [...eligible.map((item) => item.result), ...declined],
    computedAt: now,
    validUntil: setValidUntil(offers, draft.partners, now),
  };
  return { set, offers };
}

/** Offers: the earliest expiry. None: the shortest validity among the partners asked, so a decline is not re-pulled at once. */
function setValidUntil(offers: OfferEntity[], partners: PartnerToEvaluate[], now: Date): Date {
  if (offers.length > 0) return new Date(Math.min(...offers.map((offer) => offer.validUntil.getTime())));
  const days = partners.length > 0 ? Math.min(...partners.map((partner) => partner.rules.offerValidityDays)) : 0;
  return new Date(now.getTime() + days * DAY_MS);
}

const byCode = (a: { partnerCode: string }, b: { partnerCode: string }) =>
  a.partnerCode < b.partnerCode ? -1 : a.partnerCode > b.partnerCode ? 1 : 0;

/** A lender's quote may lapse before our rules would let the offer lapse; the offer never outlives it. */
function earlierOf(byRules: Date, byPartner: Date | undefined): Date {
  return byPartner && byPartner.getTime() < byRules.getTime() ? byPartner : byRules;
}
