import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OffersRepository } from '../../offers.repository.js';
import { GetAcceptedOfferUseCase } from './get-accepted-offer.usecase.js';

const offer = { id: 'o-1', offerSetId: 's-1', partnerCode: 'AURUM_PRIME', amount: '200000.00', tenureMonths: 36, partnerQuoteId: 'LWQ-9' };

function useCase(acceptedOfferId: string | null) {
  const offers = {
    findAcceptance: async () => (acceptedOfferId ? { offerId: acceptedOfferId } : null),
    findOffer: async (id: string) => (id === offer.id ? offer : null),
    findSet: async () => ({ bureauScore: 742 }),
  } as unknown as OffersRepository;
  return new GetAcceptedOfferUseCase(offers);
}

describe('GetAcceptedOfferUseCase', () => {
  it("answers the accepted offer's loan, lender quote and the bureau score it was priced on", async () => {
    assert.deepEqual(await useCase('o-1').execute('a-1'), {
      applicationId: 'a-1',
      offer: {
        offerId: 'o-1',
        partnerCode: 'AURUM_PRIME',
        amount: '200000.00',
        tenureMonths: 36,
        partnerQuoteId: 'LWQ-9',
        bureauScore: 742,
      },
    });
  });

  it('answers no offer while none is accepted (or the accepted one is gone)', async () => {
    assert.deepEqual(await useCase(null).execute('a-1'), { applicationId: 'a-1', offer: null });
    assert.deepEqual(await useCase('o-gone').execute('a-1'), { applicationId: 'a-1', offer: null });
  });
});
