import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { CommandOutbox } from '@los/common';
import { ApplicationStatus, MessagePattern } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { AfterCommit } from '../applications/lifecycle/after-commit.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { ApplicationStatusLogEntity } from '../applications/lifecycle/application-status-log.entity.js';
import { StatusEntryHooks, type StatusEntry } from '../applications/lifecycle/status-entry.hooks.js';
import { BankAccountVerifiedHook } from '../bank-accounts/bank-account-verified.hook.js';
import { BankAccounts, type VerifiedBankAccount } from '../bank-accounts/bank-accounts.service.js';
import { disburseCommandOf } from './disburse-command.factory.js';

const SYSTEM = 'system:disbursal';

/**
 * APPROVED with a VERIFIED bank account moves on to DISBURSAL_REQUESTED, whichever came first (the approval or the
 * verification), and entering DISBURSAL_REQUESTED (first time, or ops re-initiating) records the durable command
 * `disbursal.cmd.disburse.v1` in the same transaction.
 */
@Injectable()
export class DisbursalTrigger implements OnModuleInit {
  private readonly logger = new Logger(DisbursalTrigger.name);

  constructor(
    private readonly hooks: StatusEntryHooks,
    private readonly accountVerified: BankAccountVerifiedHook,
    private readonly accounts: BankAccounts,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly attention: ApplicationAttention,
    private readonly outbox: CommandOutbox,
    private readonly afterCommit: AfterCommit,
  ) {}

  onModuleInit(): void {
    this.hooks.on(ApplicationStatus.Approved, (manager, entry) => this.onApproved(manager, entry));
    this.hooks.on(ApplicationStatus.DisbursalRequested, (manager, entry) => this.onRequested(manager, entry));
    this.accountVerified.register((manager, account) => this.onAccountVerified(manager, account));
  }

  private async onApproved(manager: EntityManager, { application, correlationId }: StatusEntry): Promise<void> {
    const account = await this.accounts.verifiedFor(manager, application.id);
    if (account) await this.request(manager, application.id, account, correlationId);
  }

  private async onAccountVerified(manager: EntityManager, account: VerifiedBankAccount): Promise<void> {
    const application = await manager.findOne(ApplicationEntity, {
      where: { id: account.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (application?.status === ApplicationStatus.Approved) await this.request(manager, application.id, account);
  }

  /** Moves to DISBURSAL_REQUESTED when the command can be built; otherwise stays APPROVED with an attention item. */
  private async request(
    manager: EntityManager,
    applicationId: string,
    account: VerifiedBankAccount,
    correlationId?: string,
  ): Promise<void> {
    const application = await manager.findOneByOrFail(ApplicationEntity, { id: applicationId });
    const built = disburseCommandOf(application, account.accountId, 1);
    if ('missing' in built) {
      await this.attention.raise(manager, {
        applicationId,
        code: AttentionCode.DisbursalNotRequested,
        reason: `Approved with a verified account, but ${built.missing} is not known`,
      });
      this.logger.warn({ applicationId, missing: built.missing }, 'Disbursal not requested');
      return;
    }
    await this.lifecycle.transition(manager, {
      applicationId,
      expectedFrom: ApplicationStatus.Approved,
      to: ApplicationStatus.DisbursalRequested,
      actor: SYSTEM,
      reason: `approved, bank account ending ${account.accountLast4} verified`,
      correlationId,
    });
  }

  private async onRequested(manager: EntityManager, { application, correlationId }: StatusEntry): Promise<void> {
    const account = await this.accounts.verifiedFor(manager, application.id);
    const initiation = await manager.countBy(ApplicationStatusLogEntity, {
      applicationId: application.id,
      toStatus: ApplicationStatus.DisbursalRequested,
    });
    const current = await manager.findOneByOrFail(ApplicationEntity, { id: application.id });
    const built = account ? disburseCommandOf(current, account.accountId, initiation) : { missing: 'a verified bank account' };
    if ('missing' in built) throw new Error(`Disbursal cannot be requested: ${built.missing} is not known`);
    const envelope = await this.outbox.record(manager, MessagePattern.Disburse, built.command, correlationId ?? randomUUID());
    this.afterCommit.run(manager, () => this.outbox.deliverRecorded(envelope));
  }
}
