import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationBankAccountEntity } from './application-bank-account.entity.js';

/** What disbursal needs of a verified account: disbursal-service finds the number by `accountId`. */
export interface VerifiedBankAccount {
  applicationId: string;
  accountId: string;
  ifsc: string;
  bankName: string | null;
  accountLast4: string;
  holderName: string;
}

/** The gateway's question to the payout account, for other features (disbursal). */
@Injectable()
export class BankAccounts {
  /** The application's account when it is VERIFIED, else null; read in the caller's transaction. */
  async verifiedFor(manager: EntityManager, applicationId: string): Promise<VerifiedBankAccount | null> {
    const row = await manager.findOneBy(ApplicationBankAccountEntity, { applicationId, status: 'VERIFIED' });
    return row ? verifiedAccountOf(row) : null;
  }
}

export function verifiedAccountOf(row: ApplicationBankAccountEntity): VerifiedBankAccount {
  return {
    applicationId: row.applicationId,
    accountId: row.accountId,
    ifsc: row.ifsc,
    bankName: row.bankName,
    accountLast4: row.accountLast4,
    holderName: row.holderName,
  };
}
