import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AppException, parseMessage } from '@los/common';
import { ErrorCode, KycStatusRequest, MessagePattern as Pattern, QueryEnvelope, type KycStatusReply } from '@los/contracts';
import { KycChecksRepository } from '../kyc-checks.repository.js';
import { kycStatusOf } from './kyc-status.mapper.js';

@Controller()
export class KycStatusController {
  constructor(private readonly checks: KycChecksRepository) {}

  @MessagePattern(Pattern.KycStatus)
  async status(@Payload() message: unknown): Promise<KycStatusReply> {
    const envelope = parseMessage(QueryEnvelope, message);
    const { applicationId } = parseMessage(KycStatusRequest, envelope.payload);
    const checks = await this.checks.findByApplicationId(applicationId);
    if (checks.length === 0) throw new AppException(ErrorCode.NotFound, 'No KYC check for this application');
    return kycStatusOf(checks);
  }
}
