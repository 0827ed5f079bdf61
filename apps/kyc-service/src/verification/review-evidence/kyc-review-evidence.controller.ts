import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AppException, parseMessage } from '@los/common';
import {
  ErrorCode,
  KycReviewEvidenceRequest,
  KycReviewSummariesRequest,
  MessagePattern as Pattern,
  QueryEnvelope,
  type KycReviewEvidenceReply,
  type KycReviewSummariesReply,
} from '@los/contracts';
import { KycChecksRepository } from '../kyc-checks.repository.js';
import { kycReviewEvidenceOf, kycReviewSummaryOf } from './kyc-review-evidence.mapper.js';

/** What the gateway's KYC review desk shows of kyc-service's checks. */
@Controller()
export class KycReviewEvidenceController {
  constructor(private readonly checks: KycChecksRepository) {}

  @MessagePattern(Pattern.KycReviewEvidence)
  async evidence(@Payload() message: unknown): Promise<KycReviewEvidenceReply> {
    const envelope = parseMessage(QueryEnvelope, message);
    const { applicationId } = parseMessage(KycReviewEvidenceRequest, envelope.payload);
    const [latest] = await this.checks.findByApplicationId(applicationId);
    if (!latest) throw new AppException(ErrorCode.NotFound, 'No KYC check for this application');
    return kycReviewEvidenceOf(latest);
  }

  @MessagePattern(Pattern.KycReviewSummaries)
  async summaries(@Payload() message: unknown): Promise<KycReviewSummariesReply> {
    const envelope = parseMessage(QueryEnvelope, message);
    const { applicationIds } = parseMessage(KycReviewSummariesRequest, envelope.payload);
    const checks = await this.checks.findLatestByApplicationIds(applicationIds);
    return { summaries: checks.map(kycReviewSummaryOf) };
  }
}
