import { Injectable } from '@nestjs/common';
import type { AcceptedOfferReply } from '@los/contracts';
import { OffersRepository } from '../../offers.repository.js';

/** The accepted offer's terms as its lender is sent them, asked by disbursal-service when it submits the application. */
@Injectable()
export class GetAcceptedOfferUseCase {
  constructor(private readonly offers: OffersRepository) {}

  async execute(applicationId: string): Promise<AcceptedOfferReply> {
    const acceptance = await this.offers.findAcceptance(applicationId);
    const offer = acceptance ? await this.offers.findOffer(acceptance.offerId) : null;
    if (!offer) return { applicationId, offer: null };
    const set = await this.offers.findSet(offer.offerSetId);
    return {
      applicationId,
      offer: {
        offerId: offer.id,
        partnerCode: offer.partnerCode,
        amount: offer.amount,
        tenureMonths: offer.tenureMonths,
        partnerQuoteId: offer.partnerQuoteId,
        bureauScore: set?.bureauScore ?? null,
      },
    };
  }
}
