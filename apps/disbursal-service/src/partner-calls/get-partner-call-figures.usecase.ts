import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { type Model } from 'mongoose';
import type { PartnerCallFiguresReply, PartnerSlaRequest } from '@los/contracts';
import { PartnerCall, PartnerSlaBreachesRepository } from '@los/nbfc';

/**
 * This service's calls to a partner (submissions, acceptance confirmations, decision polls, webhooks, disbursals) and
 * its SLA breaches over [from, to): offer-service adds them to its own for the partner's SLA figures.
 */
@Injectable()
export class GetPartnerCallFiguresUseCase {
  constructor(
    @InjectModel(PartnerCall.name) private readonly calls: Model<PartnerCall>,
    private readonly breaches: PartnerSlaBreachesRepository,
  ) {}

  async execute({ partnerCode, from, to }: PartnerSlaRequest): Promise<PartnerCallFiguresReply> {
    const [start, end] = [new Date(from), new Date(to)];
    const [calls, breaches] = await Promise.all([
      this.calls
        .find({ partner: partnerCode, startedAt: mongoose.trusted({ $gte: start, $lt: end }) }, { latencyMs: 1, outcome: 1 })
        .lean(),
      this.breaches.countBreaches(partnerCode, start, end),
    ]);
    return {
      latenciesMs: calls.map((call) => call.latencyMs),
      errors: calls.filter((call) => call.outcome !== 'SUCCESS').length,
      breaches,
    };
  }
}
