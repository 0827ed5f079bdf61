import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { type Model } from 'mongoose';
import { AppException, RpcClient } from '@los/common';
import { ErrorCode, MessagePattern, type PartnerCallFiguresReply, type PartnerSlaReply, type PartnerSlaRequest } from '@los/contracts';
import { PartnerCall, PartnerSlaBreachesRepository } from '@los/nbfc';
import { PartnerRulesRepository } from '../../../partners/partner-rules.repository.js';
import { percentile } from './latency-percentile.js';

/**
 * A partner's call latencies and error rate from `partner_calls`, and its SLA breaches, over [from, to): this
 * service's (quotes) with disbursal-service's (submissions, decisions, webhooks, disbursals), which owns the lender
 * relationship after acceptance and records its own calls.
 */
@Injectable()
export class GetPartnerSlaUseCase {
  constructor(
    @InjectModel(PartnerCall.name) private readonly calls: Model<PartnerCall>,
    private readonly breaches: PartnerSlaBreachesRepository,
    private readonly partners: PartnerRulesRepository,
    private readonly rpc: RpcClient,
  ) {}

  async execute({ partnerCode, from, to }: PartnerSlaRequest): Promise<PartnerSlaReply> {
    const [start, end] = [new Date(from), new Date(to)];
    if (!(start.getTime() < end.getTime())) throw new AppException(ErrorCode.ValidationFailed, 'from must be before to');
    if (!(await this.partners.findPartner(partnerCode))) throw new AppException(ErrorCode.NotFound, 'Partner not found');
    const [calls, breaches, lenderSide] = await Promise.all([
      this.calls
        .find({ partner: partnerCode, startedAt: mongoose.trusted({ $gte: start, $lt: end }) }, { latencyMs: 1, outcome: 1 })
        .lean(),
      this.breaches.countBreaches(partnerCode, start, end),
      this.rpc.send<PartnerCallFiguresReply>(MessagePattern.DisbursalPartnerCalls, {
        correlationId: `partner-sla-${partnerCode}`,
        payload: { partnerCode, from, to },
      }),
    ]);
    const latencies = [...calls.map((call) => call.latencyMs), ...lenderSide.latenciesMs].sort((a, b) => a - b);
    const errors = calls.filter((call) => call.outcome !== 'SUCCESS').length + lenderSide.errors;
    return {
      partnerCode,
      from: start.toISOString(),
      to: end.toISOString(),
      calls: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      errorRate: latencies.length > 0 ? Math.round((errors / latencies.length) * 10_000) / 10_000 : 0,
      breaches: breaches + lenderSide.breaches,
    };
  }
}
