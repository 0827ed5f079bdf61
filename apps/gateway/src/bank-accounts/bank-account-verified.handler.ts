import { Injectable, Logger } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { BankAccountVerifiedEvent, EventType, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { ApplicationBankAccountEntity } from './application-bank-account.entity.js';
import { BankAccountVerifiedHook } from './bank-account-verified.hook.js';
import { verifiedAccountOf } from './bank-accounts.service.js';

/**
 * Records the verification of the application's current account: REVIEW also raises an attention item for ops,
 * VERIFIED calls the hook. A result for an account replaced meanwhile (or a repeat) matches no PENDING row.
 */
@Injectable()
@DurableEventHandler(EventType.BankAccountVerified)
export class BankAccountVerifiedHandler implements EventHandler<BankAccountVerifiedEvent> {
  readonly payloadClass = BankAccountVerifiedEvent;
  private readonly logger = new Logger(BankAccountVerifiedHandler.name);

  constructor(
    private readonly attention: ApplicationAttention,
    private readonly hook: BankAccountVerifiedHook,
  ) {}

  async apply(result: BankAccountVerifiedEvent, event: ResultEvent, manager: EntityManager): Promise<void> {
    const now = new Date();
    const updated = await manager.update(
      ApplicationBankAccountEntity,
      { applicationId: result.applicationId, accountId: result.accountId, status: 'PENDING' },
      {
        status: result.status,
        reason: result.reason ?? null,
        nameMatchDecision: result.nameMatch?.decision ?? null,
        nameMatchScore: result.nameMatch?.score ?? null,
        verifiedAt: result.status === 'VERIFIED' ? now : null,
        updatedAt: now,
      },
    );
    if (updated.affected !== 1) {
      this.logger.warn(
        { applicationId: result.applicationId, accountId: result.accountId },
        'Bank account result for a replaced account: not applied',
      );
      return;
    }
    if (result.status === 'REVIEW') {
      await this.attention.raise(manager, {
        applicationId: result.applicationId,
        code: AttentionCode.BankAccountReview,
        reason: `${result.reason ?? 'NAME_NEEDS_REVIEW'}: account ending ${result.accountLast4}, name match score ${result.nameMatch?.score ?? 'n/a'}`,
        commandId: event.commandId,
      });
    }
    if (result.status === 'VERIFIED') {
      const row = await manager.findOneByOrFail(ApplicationBankAccountEntity, { applicationId: result.applicationId });
      await this.hook.accountVerified(manager, verifiedAccountOf(row));
    }
  }
}
