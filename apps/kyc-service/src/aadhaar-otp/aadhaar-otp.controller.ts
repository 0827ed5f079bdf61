import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import {
  AadhaarOtpConfirmRequest,
  AadhaarOtpRequest,
  MessagePattern as Pattern,
  QueryEnvelope,
  type AadhaarOtpReply,
  type VaultAadhaarReply,
} from '@los/contracts';
import { AadhaarOtpService } from './aadhaar-otp.service.js';

@Controller()
export class AadhaarOtpController {
  constructor(private readonly otps: AadhaarOtpService) {}

  @MessagePattern(Pattern.KycAadhaarOtpRequest)
  request(@Payload() message: unknown): Promise<AadhaarOtpReply> {
    const { otpRequestId, applicationId, aadhaar } = parseMessage(AadhaarOtpRequest, parseMessage(QueryEnvelope, message).payload);
    return this.otps.request(otpRequestId, applicationId, aadhaar);
  }

  @MessagePattern(Pattern.KycAadhaarOtpConfirm)
  confirm(@Payload() message: unknown): Promise<VaultAadhaarReply> {
    const { applicationId, otpRequestId, otp } = parseMessage(AadhaarOtpConfirmRequest, parseMessage(QueryEnvelope, message).payload);
    return this.otps.confirm(applicationId, otpRequestId, otp);
  }
}
