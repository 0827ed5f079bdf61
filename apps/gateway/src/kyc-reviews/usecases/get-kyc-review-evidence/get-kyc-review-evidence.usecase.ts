import { Injectable } from '@nestjs/common';
import { AppException, RpcClient } from '@los/common';
import { ErrorCode, MessagePattern, type KycReviewEvidenceReply, type KycReviewEvidenceRequest } from '@los/contracts';
import { queueItemOf } from '../../kyc-review-queue.mapper.js';
import type { KycReviewEvidenceView } from '../../kyc-review.views.js';
import { KycReviewsRepository } from '../../kyc-reviews.repository.js';

/** The declared identity beside each source's record and scores (kyc-service keeps them), with the desk's state. */
@Injectable()
export class GetKycReviewEvidenceUseCase {
  constructor(
    private readonly repository: KycReviewsRepository,
    private readonly rpc: RpcClient,
  ) {}

  async execute(applicationId: string, correlationId: string, now = new Date()): Promise<KycReviewEvidenceView> {
    const review = await this.repository.findCase(applicationId);
    if (!review) throw new AppException(ErrorCode.NotFound, 'No KYC for this application');
    const request: KycReviewEvidenceRequest = { applicationId };
    const evidence = await this.rpc.send<KycReviewEvidenceReply>(MessagePattern.KycReviewEvidence, { correlationId, payload: request });
    return {
      ...queueItemOf(review, evidence, now),
      applicationStatus: review.status,
      kycStatus: evidence.status,
      score: evidence.score,
      declared: evidence.declared,
      sources: evidence.sources,
    };
  }
}
