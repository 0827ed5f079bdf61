import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, CommandOutbox, isStaff, RpcClient, stageIdempotentResponse, type AuthenticatedUser } from '@los/common';
import {
  ApplicationStatus,
  canTransition,
  ErrorCode,
  maskPan,
  MessagePattern,
  type KycStatusReply,
  type KycVerifyCommand,
  type VaultAadhaarReply,
  type VaultAadhaarRequest,
} from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { actorOf } from '../applications/application-visibility.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import type { SubmitKycDto } from './dto/submit-kyc.dto.js';
import { KycSubmissionEntity } from './kyc-submission.entity.js';

@Injectable()
export class KycService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly outbox: CommandOutbox,
    private readonly rpc: RpcClient,
  ) {}

  /**
   * The Aadhaar number goes to the vault first and only its token travels on; the status change,
   * the attempt and its durable verify command then commit together.
   */
  async submit(user: AuthenticatedUser, applicationId: string, dto: SubmitKycDto, correlationId: string) {
    const application = await this.applications.get(user, applicationId);
    if (!canTransition(application.status, ApplicationStatus.KycInProgress)) {
      throw new AppException(ErrorCode.InvalidTransition, `A KYC cannot start while the application is ${application.status}`);
    }
    const vaultRequest: VaultAadhaarRequest = { aadhaar: dto.aadhaar };
    const vault = await this.rpc.send<VaultAadhaarReply>(MessagePattern.KycVaultAadhaar, { correlationId, payload: vaultRequest });
    const kycId = randomUUID();
    const command: KycVerifyCommand = {
      applicationId,
      kycId,
      vaultToken: vault.vaultToken,
      aadhaarLast4: vault.last4,
      pan: dto.pan,
      fullName: dto.fullName,
      dob: dto.dob,
      address: { ...dto.address },
      ...(dto.ckycNumber ? { ckycNumber: dto.ckycNumber } : {}),
      ...(dto.gender ? { gender: dto.gender } : {}),
      ...(application.channelPartnerCode ? { partnerCode: application.channelPartnerCode } : {}),
    };
    const accepted = { kycId, status: 'IN_PROGRESS' as const };
    const commandId = await this.dataSource.transaction(async (manager) => {
      await this.lifecycle.transition(manager, {
        applicationId,
        expectedFrom: application.status,
        to: ApplicationStatus.KycInProgress,
        actor: actorOf(user),
        reason: `kyc ${kycId}`,
      });
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
    });
    this.outbox.deliver(commandId);
    return accepted;
  }

  async status(user: AuthenticatedUser, applicationId: string, correlationId: string): Promise<KycStatusReply> {
    await this.applications.get(user, applicationId);
    const reply = await this.rpc.send<KycStatusReply>(MessagePattern.KycStatus, { correlationId, payload: { applicationId } });
    return isStaff(user) ? reply : { ...reply, pan: maskPan(reply.pan) };
  }
}
