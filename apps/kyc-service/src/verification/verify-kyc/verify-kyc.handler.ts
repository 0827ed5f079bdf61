import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppException, DurableCommandHandler, type KycConfig, type CommandHandler, type CommandOutcome } from '@los/common';
import { ErrorCode, EventType, KycVerifyCommand, MessagePattern, type CommandEnvelope } from '@los/contracts';
import { SOURCE_NAMES } from '../../sources/identity-source.js';
import { AadhaarVault } from '../../vault/aadhaar-vault.service.js';
import { completedEventOf } from '../kyc-completed.mapper.js';
import type { KycCheck } from '../kyc-check.schema.js';
import { KycChecksRepository } from '../kyc-checks.repository.js';
import { KycVerifier } from '../kyc-verifier.service.js';

/**
 * `kyc.cmd.verify.v1`: checks the declared identity against PAN, Aadhaar eKYC and CKYC and reports
 * `kyc.evt.completed.v1` (revision 1). A finished check answers again from what it stored.
 */
@Injectable()
@DurableCommandHandler(MessagePattern.KycVerify)
export class VerifyKycHandler implements CommandHandler<KycVerifyCommand> {
  readonly payloadClass = KycVerifyCommand;
  private readonly logger = new Logger(VerifyKycHandler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: KycConfig,
    private readonly checks: KycChecksRepository,
    private readonly vault: AadhaarVault,
    private readonly verifier: KycVerifier,
  ) {}

  async execute(payload: KycVerifyCommand, envelope: CommandEnvelope<KycVerifyCommand>): Promise<CommandOutcome> {
    const existing = await this.checks.findByKycId(payload.kycId);
    if (existing && existing.applicationId !== payload.applicationId) {
      throw new AppException(ErrorCode.Conflict, 'This kycId belongs to another application');
    }
    if (existing && existing.status !== 'IN_PROGRESS') return outcomeOf(existing);

    const last4 = await this.vault.last4Of(payload.vaultToken);
    if (last4 === null) throw new AppException(ErrorCode.ValidationFailed, 'Unknown Aadhaar vault token');
    if (last4 !== payload.aadhaarLast4)
      throw new AppException(ErrorCode.ValidationFailed, 'aadhaarLast4 does not match the vaulted number');

    await this.checks.createIfAbsent(newCheck(payload, envelope));
    const check = (await this.checks.findByKycId(payload.kycId))!;
    const result = await this.verifier.run(check, SOURCE_NAMES, 0);
    const dueAt = result.decision.redrivable ? new Date(Date.now() + this.config.KYC_REDRIVE_AFTER_MS) : null;
    const completed = (await this.checks.complete(payload.kycId, result, dueAt)) ?? (await this.checks.findByKycId(payload.kycId))!;
    this.logger.log(
      {
        kycId: payload.kycId,
        applicationId: payload.applicationId,
        correlationId: envelope.correlationId,
        status: completed.status,
        reasons: completed.reasons,
      },
      'KYC check completed',
    );
    return outcomeOf(completed);
  }
}

function outcomeOf(check: KycCheck): CommandOutcome {
  return { type: EventType.KycCompleted, payload: completedEventOf(check) };
}

function newCheck(payload: KycVerifyCommand, envelope: CommandEnvelope): KycCheck {
  return {
    kycId: payload.kycId,
    applicationId: payload.applicationId,
    commandId: envelope.commandId,
    correlationId: envelope.correlationId,
    sender: envelope.sender,
    partnerCode: payload.partnerCode ?? null,
    applicant: {
      fullName: payload.fullName,
      dob: payload.dob,
      gender: payload.gender ?? null,
      pan: payload.pan,
      ckycNumber: payload.ckycNumber ?? null,
      address: { ...payload.address },
    },
    vaultToken: payload.vaultToken,
    aadhaarLast4: payload.aadhaarLast4,
    otpRequestId: payload.otpRequestId ?? null,
    status: 'IN_PROGRESS',
    score: null,
    reasons: [],
    components: null,
    sources: {},
    ckycNumber: null,
    revision: 0,
    publishPending: false,
    redriveDueAt: null,
    redriveCount: 0,
    startedAt: new Date(),
    completedAt: null,
  };
}
