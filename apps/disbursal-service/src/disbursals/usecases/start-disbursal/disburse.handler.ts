import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, DEFERRED_OUTCOME, DurableCommandHandler, type CommandHandler, type CommandOutcome } from '@los/common';
import { DisburseCommand, DisbursalStatus, ErrorCode, isFinalDisbursal, MessagePattern, type CommandEnvelope } from '@los/contracts';
import { LivePartners } from '@los/nbfc';
import type { DataSource } from 'typeorm';
import { VERIFIED_ACCOUNTS, type VerifiedAccounts } from '../../beneficiary/verified-accounts.js';
import { outcomeOf } from '../../disbursal-outcome.js';
import { DisbursalsRepository } from '../../disbursals.repository.js';
import { isConsistentKfs } from '../../domain/disbursal-amount.js';
import { DisbursalEntity } from '../../entities/disbursal.entity.js';
import { AttemptDisbursalUseCase } from '../attempt-disbursal/attempt-disbursal.usecase.js';
import { requestIdOf } from './request-id.js';

/**
 * `disbursal.cmd.disburse.v1`: records the application's one disbursal (its request id stored before any call), or
 * re-initiates a failed one for ops, and makes the first call. The command stays open until the disbursal is
 * DISBURSED or FAILED; executed again (a re-sent command) it changes nothing and calls nobody twice.
 */
@Injectable()
@DurableCommandHandler(MessagePattern.Disburse)
export class DisburseHandler implements CommandHandler<DisburseCommand> {
  readonly payloadClass = DisburseCommand;
  private readonly logger = new Logger(DisburseHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DisbursalsRepository,
    private readonly attempt: AttemptDisbursalUseCase,
    private readonly live: LivePartners,
    @Inject(VERIFIED_ACCOUNTS) private readonly accounts: VerifiedAccounts,
  ) {}

  async execute(command: DisburseCommand, envelope: CommandEnvelope<DisburseCommand>): Promise<CommandOutcome | typeof DEFERRED_OUTCOME> {
    if (!isConsistentKfs(command.kfs)) {
      throw new AppException(ErrorCode.ValidationFailed, 'The net disbursal is not the sanctioned amount less the processing fee and GST');
    }
    if (!this.live.adapterOf(command.partnerCode)) {
      throw new AppException(ErrorCode.PartnerNotConnected, 'No live connection to the lender of this application');
    }
    if (!(await this.accounts.beneficiaryOf(command.applicationId, command.accountId))) {
      throw new AppException(ErrorCode.Conflict, 'The application has no verified bank account');
    }
    const disbursal = await this.record(command, envelope.commandId);
    if (disbursal.commandId !== envelope.commandId) {
      throw new AppException(ErrorCode.Conflict, 'The application has a disbursal of another initiation');
    }
    if (isFinalDisbursal(disbursal.status)) return outcomeOf(disbursal);
    await this.attempt.execute(command.applicationId, envelope.correlationId);
    return DEFERRED_OUTCOME;
  }

  /** The disbursal of this initiation: recorded once, or a FAILED one of an earlier initiation started again. */
  private async record(command: DisburseCommand, commandId: string): Promise<DisbursalEntity> {
    const now = new Date();
    const fresh: DisbursalEntity = {
      applicationId: command.applicationId,
      partnerCode: command.partnerCode,
      partnerReference: command.partnerReference,
      initiation: command.initiation,
      requestId: requestIdOf(command.applicationId, command.initiation),
      commandId,
      accountId: command.accountId,
      status: DisbursalStatus.Requested,
      sanctionedAmount: command.kfs.sanctionedAmount,
      processingFee: command.kfs.processingFee,
      gstOnFees: command.kfs.gstOnFees,
      expectedAmount: command.kfs.netDisbursal,
      disbursedAmount: null,
      utr: null,
      valueDate: null,
      lenderDisbursalRef: null,
      failureReason: null,
      failureRetryable: null,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      mismatchAmount: null,
      slaBreachedAt: null,
      requestedAt: now,
      updatedAt: now,
      finalizedAt: null,
      version: 0,
    };
    await this.dataSource.createQueryBuilder().insert().into(DisbursalEntity).orIgnore().values(fresh).execute();
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.repository.lockByApplicationId(manager, command.applicationId);
      const reinitiating = existing && existing.status === DisbursalStatus.Failed && existing.initiation < command.initiation;
      if (!reinitiating) return;
      const { applicationId, ...restart } = fresh;
      await manager.update(DisbursalEntity, { applicationId }, { ...restart, version: existing.version + 1 });
      this.logger.log({ applicationId, initiation: command.initiation }, 'Disbursal re-initiated');
    });
    return (await this.repository.findByApplicationId(command.applicationId))!;
  }
}
