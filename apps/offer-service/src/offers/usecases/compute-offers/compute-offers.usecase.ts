import { Injectable } from '@nestjs/common';
import { isDuplicateKey } from '@los/common';
import type { ComputeOffersReply, ComputeOffersRequest } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import { BureauClient } from '../../../bureau/bureau.client.js';
import { ActivePartnersCache } from '../../../partners/active-partners.cache.js';
import type { OfferSetEntity } from '../../entities/offer-set.entity.js';
import { toComputeOffersReply } from '../../offer-terms.mapper.js';
import { OffersRepository } from '../../offers.repository.js';
import { dateOfBirth, toApplicantFacts, toLoanAskFacts } from './applicant-facts.mapper.js';
import { LiveQuotes } from './live-quotes.service.js';
import { buildOfferSet } from './offer-set.factory.js';

/**
 * Idempotent: the set holding an accepted offer, else the latest set while it is valid, else a new
 * set. Two replicas computing at once race for the same (application, generation) key; the loser
 * answers with the winner's set, so both callers see the same offer ids.
 */
@Injectable()
export class ComputeOffersUseCase {
  constructor(
    private readonly offers: OffersRepository,
    private readonly activePartners: ActivePartnersCache,
    private readonly bureau: BureauClient,
    private readonly liveQuotes: LiveQuotes,
  ) {}

  async execute(request: ComputeOffersRequest, correlationId: string = randomUUID()): Promise<ComputeOffersReply> {
    dateOfBirth(request.applicant.dob);
    const { applicationId } = request;
    const { acceptedOfferId, latest } = await this.offers.findComputationStart(applicationId);
    if (acceptedOfferId) {
      const accepted = await this.offers.findOffer(acceptedOfferId);
      const set = accepted && (await this.offers.findSet(accepted.offerSetId));
      if (set) return this.replyOf(set);
    }
    if (latest && latest.validUntil.getTime() > Date.now()) return this.replyOf(latest);

    const score = await this.bureau.scoreOf(request.applicant.pan);
    const partners = await this.activePartners.current();
    const ask = toLoanAskFacts(request);
    const liveEvaluations = await this.liveQuotes.evaluate(request, score, partners, ask, correlationId);
    const now = new Date();
    const { set, offers } = buildOfferSet({
      id: randomUUID(),
      applicationId,
      generation: (latest?.generation ?? 0) + 1,
      applicant: toApplicantFacts(request, score),
      ask,
      partners,
      now,
      newId: randomUUID,
      liveEvaluations,
    });
    try {
      await this.offers.insertSet(set, offers);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.offers.findLatestSet(applicationId);
      if (!winner) throw error;
      return this.replyOf(winner);
    }
    return toComputeOffersReply(set, offers);
  }

  private async replyOf(set: OfferSetEntity): Promise<ComputeOffersReply> {
    return toComputeOffersReply(set, await this.offers.findOffersOfSet(set.id));
  }
}
