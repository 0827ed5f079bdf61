import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type ComputeOffersReply } from '@los/contracts';
import { toComputeOffersReply } from '../../offer-terms.mapper.js';
import { OffersRepository } from '../../offers.repository.js';

/** Reads, never computes: the set holding the accepted offer, else the latest set (shown even once expired). */
@Injectable()
export class GetOfferSetUseCase {
  constructor(private readonly offers: OffersRepository) {}

  async execute(applicationId: string): Promise<ComputeOffersReply> {
    const acceptance = await this.offers.findAcceptance(applicationId);
    const accepted = acceptance && (await this.offers.findOffer(acceptance.offerId));
    const set = (accepted && (await this.offers.findSet(accepted.offerSetId))) || (await this.offers.findLatestSet(applicationId));
    if (!set) throw new AppException(ErrorCode.OffersNotReady, 'No offer set has been computed for this application yet');
    return toComputeOffersReply(set, await this.offers.findOffersOfSet(set.id));
  }
}
