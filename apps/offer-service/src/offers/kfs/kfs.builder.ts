import type { KeyFactStatement } from '@los/contracts';
import { Decimal, toEmiQuoteJson } from '../../emi/index.js';
import { quotePricedLoan } from '../../eligibility/loan-pricing.js';
import type { PartnerRules } from '../../partners/rules/partner-rules.js';
import type { OfferEntity } from '../entities/offer.entity.js';
import { toOfferTerms } from '../offer-terms.mapper.js';
import { renderKfsHtml } from './kfs-html.renderer.js';

export interface KfsSource {
  offer: OfferEntity;
  lender: { code: string; name: string };
  /** The rule version that priced the offer: its cooling-off period and grievance contact apply. */
  rules: PartnerRules;
  acceptedAt: Date;
}

/** Reprices the stored terms with the EMI engine for the full schedule and totals. */
export function buildKeyFactStatement({ offer, lender, rules, acceptedAt }: KfsSource): KeyFactStatement {
  const quote = toEmiQuoteJson(
    quotePricedLoan({
      amount: new Decimal(offer.amount),
      annualRatePercent: Number(offer.annualRatePercent),
      tenureMonths: offer.tenureMonths,
      processingFee: new Decimal(offer.processingFee),
      gstPercent: Number(offer.gstPercent),
    }),
  );
  const statement: Omit<KeyFactStatement, 'html'> = {
    applicationId: offer.applicationId,
    offerId: offer.id,
    lender: { ...lender, grievance: { ...rules.grievance } },
    terms: toOfferTerms(offer),
    totalInterest: quote.totalInterest,
    totalPayable: quote.totalPayable,
    otherCharges: quote.otherCharges,
    coolingOffDays: rules.coolingOffDays,
    schedule: quote.schedule,
    acceptedAt: acceptedAt.toISOString(),
  };
  return { ...statement, html: renderKfsHtml(statement) };
}
