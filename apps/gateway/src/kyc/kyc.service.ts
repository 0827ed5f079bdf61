import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppException,
  CommandOutbox,
  isStaff,
  RpcClient,
  stageIdempotentResponse,
  withDeadlockRetry,
  type AuthenticatedUser,
} from '@los/common';
import {
  ApplicationStatus,
  canTransition,
  ErrorCode,
  maskPan,
  MessagePattern,
  type AadhaarOtpConfirmRequest,
  type AadhaarOtpReply,
  type AadhaarOtpRequest,
  type KycStatusReply,
  type KycVerifyCommand,
  type VaultAadhaarReply,
} from '@los/contracts';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { actorOf } from '../applications/application-visibility.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import type { ApplicationEntity } from '../applications/application.entity.js';
import type { RequestAadhaarOtpDto } from './dto/request-aadhaar-otp.dto.js';
import type { SubmitKycDto } from './dto/submit-kyc.dto.js';
import { KycAttemptLimits } from './kyc-attempt-limits.service.js';
import { identityToVerify } from './kyc-identity.policy.js';
import { KycOtpRequestEntity } from './kyc-otp-request.entity.js';
import { KycSubmissionEntity } from './kyc-submission.entity.js';

@Injectable()
export class KycService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly outbox: CommandOutbox,
    private readonly rpc: RpcClient,
    private readonly limits: KycAttemptLimits,
  ) {}

  /**
   * First step of a KYC: the Aadhaar number goes to the vault (in kyc-service) and UIDAI texts its holder
   * an OTP. The request is recorded before the call, so refused and failed ones count against the limits.
   */
  async requestAadhaarOtp(user: AuthenticatedUser, applicationId: string, dto: RequestAadhaarOtpDto, correlationId: string) {
    const application = await this.kycMayStart(user, applicationId);
    await this.limits.assertOtpRequestAllowed(application);
    const otpRequestId = randomUUID();
    await this.dataSource.getRepository(KycOtpRequestEntity).insert({
      id: otpRequestId,
      applicationId,
      requestedBy: user.id,
      usedByKycId: null,
      createdAt: new Date(),
    });
    const request: AadhaarOtpRequest = { otpRequestId, applicationId, aadhaar: dto.aadhaar };
    return this.rpc.send<AadhaarOtpReply>(MessagePattern.KycAadhaarOtpRequest, { correlationId, payload: request });
  }

  /**
   * Second step: the identity must be the application's and the OTP request this application's and
   * unused; the OTP goes to kyc-service (never into the recorded command), then the status change, the
   * attempt and its durable verify command commit together.
   */
  async submit(user: AuthenticatedUser, applicationId: string, dto: SubmitKycDto, correlationId: string) {
    const application = await this.kycMayStart(user, applicationId);
    const identity = identityToVerify(application, dto);
    await this.limits.assertSubmissionAllowed(application);
    const otpRequests = this.dataSource.getRepository(KycOtpRequestEntity);
    const otpRequest = await otpRequests.findOneBy({ id: dto.otpRequestId, applicationId });
    if (!otpRequest || otpRequest.usedByKycId !== null) {
      throw new AppException(ErrorCode.KycOtpRequestInvalid, 'Unknown or used Aadhaar OTP request; request a new OTP');
    }
    const confirm: AadhaarOtpConfirmRequest = { applicationId, otpRequestId: dto.otpRequestId, otp: dto.otp };
    const vault = await this.rpc.send<VaultAadhaarReply>(MessagePattern.KycAadhaarOtpConfirm, { correlationId, payload: confirm });
    const kycId = randomUUID();
    const command: KycVerifyCommand = {
      applicationId,
      kycId,
      vaultToken: vault.vaultToken,
      aadhaarLast4: vault.last4,
      otpRequestId: dto.otpRequestId,
      pan: identity.pan,
      fullName: identity.fullName,
      dob: identity.dob,
      address: { ...dto.address },
      ...(dto.ckycNumber ? { ckycNumber: dto.ckycNumber } : {}),
      ...(dto.gender ? { gender: dto.gender } : {}),
      ...(application.channelPartnerCode ? { partnerCode: application.channelPartnerCode } : {}),
    };
    const accepted = { kycId, status: 'IN_PROGRESS' as const };
    // Concurrent submissions for other applications can make InnoDB pick this one as a deadlock victim (seen in
    // bench:journey at 5 journeys/s): it was rolled back whole, so it runs again rather than answering 500.
    const commandId = await withDeadlockRetry(() =>
      this.dataSource.transaction(async (manager) => {
        await this.lifecycle.transition(manager, {
          applicationId,
          expectedFrom: application.status,
          to: ApplicationStatus.KycInProgress,
          actor: actorOf(user),
          reason: `kyc ${kycId}`,
        });
        const used = await manager.update(KycOtpRequestEntity, { id: otpRequest.id, usedByKycId: IsNull() }, { usedByKycId: kycId });
        if (used.affected !== 1) throw new AppException(ErrorCode.KycOtpRequestInvalid, 'This Aadhaar OTP request was used meanwhile');
        const envelope = await this.outbox.record(manager, MessagePattern.KycVerify, command, correlationId);
        await manager.insert(KycSubmissionEntity, {
          kycId,
          applicationId,
          commandId: envelope.commandId,
          status: 'IN_PROGRESS',
          score: null,
          revision: 0,
          aadhaarLast4: vault.last4,
          consentTextVersion: dto.consent.textVersion,
          consentAt: new Date(dto.consent.at),
          submittedBy: user.id,
          createdAt: new Date(),
          completedAt: null,
        });
        stageIdempotentResponse(accepted);
        return envelope.commandId;
      }),
    );
    this.outbox.deliver(commandId);
    return accepted;
  }

  private async kycMayStart(user: AuthenticatedUser, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.applications.get(user, applicationId);
    if (!canTransition(application.status, ApplicationStatus.KycInProgress)) {
      throw new AppException(ErrorCode.InvalidTransition, `A KYC cannot start while the application is ${application.status}`);
    }
    return application;
  }

  async status(user: AuthenticatedUser, applicationId: string, correlationId: string): Promise<KycStatusReply> {
    await this.applications.get(user, applicationId);
    const reply = await this.rpc.send<KycStatusReply>(MessagePattern.KycStatus, { correlationId, payload: { applicationId } });
    return isStaff(user) ? reply : { ...reply, pan: maskPan(reply.pan) };
  }
}
