import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, CommandOutbox, RpcClient, stageIdempotentResponse, type AuthenticatedUser } from '@los/common';
import {
  bankNameOf,
  ErrorCode,
  MessagePattern,
  type StoreBankAccountReply,
  type StoreBankAccountRequest,
  type VerifyBankAccountCommand,
} from '@los/contracts';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { AttentionItemEntity } from '../applications/attention/attention-item.entity.js';
import { ApplicationBankAccountEntity } from './application-bank-account.entity.js';
import { assertBankAccountMayChange } from './bank-account-change.policy.js';
import { toBankAccountView, type BankAccountView } from './bank-account.view.js';
import type { AddBankAccountDto } from './dto/add-bank-account.dto.js';

/**
 * Sets (or replaces) an application's payout account and starts its verification.
 *
 * The full number goes to disbursal-service by RPC, which keeps it encrypted and answers an account id; the
 * recorded verify command carries only that id, like the KYC command carries an Aadhaar vault token. So the
 * number is never in clear in the gateway's outbox, in disbursal's inbox or in any queue, and the gateway keeps
 * no key. An account stored for a request that then fails here is never referenced (harmless).
 */
@Injectable()
export class AddBankAccount {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly outbox: CommandOutbox,
    private readonly rpc: RpcClient,
  ) {}

  async execute(user: AuthenticatedUser, applicationId: string, dto: AddBankAccountDto, correlationId: string): Promise<BankAccountView> {
    const application = await this.applications.get(user, applicationId);
    assertBankAccountMayChange(application.status);
    const request: StoreBankAccountRequest = {
      applicationId,
      ifsc: dto.ifsc,
      accountNumber: dto.accountNumber,
      holderName: dto.holderName,
    };
    const stored = await this.rpc.send<StoreBankAccountReply>(MessagePattern.DisbursalStoreBankAccount, {
      correlationId,
      payload: request,
    });
    const { view, commandId } = await this.dataSource.transaction(async (manager) => {
      await this.lockStillChangeable(manager, applicationId);
      const command: VerifyBankAccountCommand = { applicationId, accountId: stored.accountId, kycName: application.fullName };
      const envelope = await this.outbox.record(manager, MessagePattern.DisbursalVerifyBankAccount, command, correlationId);
      const now = new Date();
      const row: ApplicationBankAccountEntity = {
        applicationId,
        accountId: stored.accountId,
        ifsc: dto.ifsc,
        bankName: bankNameOf(dto.ifsc),
        accountLast4: stored.accountLast4,
        holderName: dto.holderName,
        status: 'PENDING',
        reason: null,
        nameMatchDecision: null,
        nameMatchScore: null,
        commandId: envelope.commandId,
        addedBy: user.id,
        createdAt: now,
        updatedAt: now,
        verifiedAt: null,
        reviewedBy: null,
        reviewNote: null,
      };
      await manager.upsert(ApplicationBankAccountEntity, row, ['applicationId']);
      // A review of the replaced account has nothing left to decide.
      await manager.update(
        AttentionItemEntity,
        { applicationId, code: AttentionCode.BankAccountReview, resolvedAt: IsNull() },
        { resolvedAt: now },
      );
      const accepted = toBankAccountView(row);
      stageIdempotentResponse(accepted);
      return { view: accepted, commandId: envelope.commandId };
    });
    this.outbox.deliver(commandId);
    return view;
  }

  /** Under the application's row lock: a disbursal requested meanwhile keeps the account it was requested with. */
  private async lockStillChangeable(manager: EntityManager, applicationId: string): Promise<void> {
    const current = await manager.findOne(ApplicationEntity, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new AppException(ErrorCode.NotFound, 'Application not found');
    assertBankAccountMayChange(current.status);
  }
}
