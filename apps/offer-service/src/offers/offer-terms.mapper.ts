import { CURRENCY, formatMoney, type ComputeOffersReply, type OfferTerms } from '@los/contracts';
import type { OfferSetEntity } from './entities/offer-set.entity.js';
import type { OfferEntity } from './entities/offer.entity.js';

/** DECIMAL columns become rupee strings with two decimals, as the API shows money; rates stay numbers. */
export function toOfferTerms(offer: OfferEntity): OfferTerms {
  return {
    offerId: offer.id,
    currency: CURRENCY,
    amount: formatMoney(offer.amount),
    tenureMonths: offer.tenureMonths,
    annualRatePercent: Number(offer.annualRatePercent),
    emi: formatMoney(offer.emi),
    processingFee: formatMoney(offer.processingFee),
    gstOnFees: formatMoney(offer.gstOnFees),
    netDisbursed: formatMoney(offer.netDisbursed),
    apr: Number(offer.apr),
    validUntil: offer.validUntil.toISOString(),
    ruleVersion: offer.ruleVersion,
  };
}

export function toComputeOffersReply(set: OfferSetEntity, offers: OfferEntity[]): ComputeOffersReply {
  const offerById = new Map(offers.map((offer) => [offer.id, offer]));
  return {
    applicationId: set.applicationId,
    computedAt: set.computedAt.toISOString(),
    results: set.results.map(({ partnerCode, partnerName, eligible, reasons, offerId }) => {
      const offer = offerId ? offerById.get(offerId) : undefined;
      return { partnerCode, partnerName, eligible, reasons, ...(offer ? { offer: toOfferTerms(offer) } : {}) };
    }),
  };
}
