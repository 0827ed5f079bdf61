import { Injectable } from '@nestjs/common';
import { DurableEventHandler, type EventHandler } from '@los/common';
import { CommandFailure, failureEventOf, MessagePattern, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { ApplicationBankAccountEntity } from './application-bank-account.entity.js';

/** disbursal-service refused to verify the account: it is REJECTED with the code, and ops see an attention item. */
@Injectable()
@DurableEventHandler(failureEventOf(MessagePattern.DisbursalVerifyBankAccount))
export class VerifyBankAccountFailedHandler implements EventHandler<CommandFailure> {
  readonly payloadClass = CommandFailure;

  constructor(private readonly attention: ApplicationAttention) {}

  async apply(failure: CommandFailure, event: ResultEvent, manager: EntityManager): Promise<void> {
    const row = await manager.findOneBy(ApplicationBankAccountEntity, { commandId: event.commandId, status: 'PENDING' });
    if (!row) return;
    const code = event.failureCode ?? 'UNKNOWN';
    await manager.update(
      ApplicationBankAccountEntity,
      { applicationId: row.applicationId, commandId: event.commandId, status: 'PENDING' },
      { status: 'REJECTED', reason: `VERIFICATION_REFUSED: ${code}`, updatedAt: new Date() },
    );
    await this.attention.raise(manager, {
      applicationId: row.applicationId,
      code: AttentionCode.BankAccountVerificationRefused,
      reason: `${code}: ${failure.message ?? 'refused by disbursal-service'} (account ending ${row.accountLast4})`,
      commandId: event.commandId,
    });
  }
}
