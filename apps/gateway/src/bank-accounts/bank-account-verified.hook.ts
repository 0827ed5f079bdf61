import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VerifiedBankAccount } from './bank-accounts.service.js';

export type BankAccountVerifiedListener = (manager: EntityManager, account: VerifiedBankAccount) => Promise<void>;

/**
 * The hook point for what follows a VERIFIED account: listeners run in the transaction that records the
 * verification. The disbursal feature registers one that requests disbursal when the application is already
 * APPROVED (and, the other way round, asks `BankAccounts.verifiedFor` when an application becomes APPROVED).
 */
@Injectable()
export class BankAccountVerifiedHook {
  private readonly listeners: BankAccountVerifiedListener[] = [];

  register(listener: BankAccountVerifiedListener): void {
    this.listeners.push(listener);
  }

  async accountVerified(manager: EntityManager, account: VerifiedBankAccount): Promise<void> {
    for (const listener of this.listeners) await listener(manager, account);
  }
}
