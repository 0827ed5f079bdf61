import { Injectable } from '@nestjs/common';
import { RpcClient } from '@los/common';
import { MessagePattern, type KycReviewSummariesReply, type KycReviewSummariesRequest } from '@los/contracts';
import { queueItemOf } from '../../kyc-review-queue.mapper.js';
import type { KycReviewQueueView } from '../../kyc-review.views.js';
import { KycReviewsRepository } from '../../kyc-reviews.repository.js';

/** The applications in KYC_REVIEW, longest waiting first, with kyc-service's reasons and any live claim. */
@Injectable()
export class ListKycReviewsUseCase {
  constructor(
    private readonly repository: KycReviewsRepository,
    private readonly rpc: RpcClient,
  ) {}

  async execute(limit: number, correlationId: string, now = new Date()): Promise<KycReviewQueueView> {
    const queue = await this.repository.findQueue(limit);
    if (queue.length === 0) return { items: [] };
    const request: KycReviewSummariesRequest = { applicationIds: queue.map((review) => review.applicationId) };
    const reply = await this.rpc.send<KycReviewSummariesReply>(MessagePattern.KycReviewSummaries, { correlationId, payload: request });
    const byApplication = new Map(reply.summaries.map((summary) => [summary.applicationId, summary]));
    return { items: queue.map((review) => queueItemOf(review, byApplication.get(review.applicationId), now)) };
  }
}
