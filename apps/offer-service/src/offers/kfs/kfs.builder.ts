import { CURRENCY, type KeyFactStatement } from '@los/contracts';
import { Decimal, toEmiQuoteWire } from '../../emi/index.js';
import { addMonths, formatIsoDate, parseIsoDate } from '../../emi/calendar-date.js';
import { quotePricedLoan } from '../../eligibility/loan-pricing.js';
import type { PartnerRules } from '../../partners/rules/partner-rules.js';
import type { OfferEntity } from '../entities/offer.entity.js';
import { toOfferTerms } from '../offer-terms.mapper.js';
import { renderKfsHtml } from './kfs-html.renderer.js';

const IST_OFFSET_MS = 330 * 60_000;

export interface KfsSource {
  offer: OfferEntity;
  lender: { code: string; name: string };
  /** The rule version that priced the offer: its cooling-off period and grievance contact apply. */
  rules: PartnerRules;
  acceptedAt: Date;
}

/**
 * Reprices the stored terms with the EMI engine for the full schedule and totals. Due dates assume disbursal on the
 * acceptance date (IST) with the first instalment one month later (no broken period, so the amounts are unchanged).
 */
export function buildKeyFactStatement({ offer, lender, rules, acceptedAt }: KfsSource): KeyFactStatement {
  const { disbursalDate, firstEmiDate } = assumedDates(acceptedAt);
  const quote = toEmiQuoteWire(
    quotePricedLoan({
      amount: new Decimal(offer.amount),
      annualRatePercent: Number(offer.annualRatePercent),
      tenureMonths: offer.tenureMonths,
      processingFee: new Decimal(offer.processingFee),
      gstPercent: Number(offer.gstPercent),
      disbursalDate,
      firstEmiDate,
    }),
  );
  const statement: Omit<KeyFactStatement, 'html'> = {
    applicationId: offer.applicationId,
    offerId: offer.id,
    lender: { ...lender, grievance: { ...rules.grievance } },
    currency: CURRENCY,
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

/** The acceptance date in India as the assumed disbursal date, and the regular first due date a month later. */
export function assumedDates(acceptedAt: Date): { disbursalDate: string; firstEmiDate: string } {
  const disbursalDate = new Date(acceptedAt.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
  return { disbursalDate, firstEmiDate: formatIsoDate(addMonths(parseIsoDate(disbursalDate)!, 1)) };
}
