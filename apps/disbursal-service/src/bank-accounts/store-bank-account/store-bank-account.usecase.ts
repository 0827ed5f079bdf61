import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { StoreBankAccountReply, StoreBankAccountRequest } from '@los/contracts';
import type { Repository } from 'typeorm';
import { BankAccountEntity } from '../bank-account.entity.js';
import { AccountNumberVault } from '../vault/account-number-vault.js';

/** Keeps a new account of an application, encrypted; every call is a new account (the gateway decides which one counts). */
@Injectable()
export class StoreBankAccount {
  private readonly logger = new Logger(StoreBankAccount.name);

  constructor(
    @InjectRepository(BankAccountEntity) private readonly accounts: Repository<BankAccountEntity>,
    private readonly vault: AccountNumberVault,
  ) {}

  async execute(request: StoreBankAccountRequest, correlationId: string): Promise<StoreBankAccountReply> {
    const { accountId, accountLast4, keyId, iv, ciphertext, tag } = this.vault.seal(request.accountNumber);
    await this.accounts.insert({
      id: accountId,
      applicationId: request.applicationId,
      ifsc: request.ifsc,
      accountLast4,
      holderName: request.holderName,
      keyId,
      iv,
      ciphertext,
      tag,
      createdAt: new Date(),
      verificationStatus: null,
      verificationReason: null,
      registeredName: null,
      nameMatchDecision: null,
      nameMatchScore: null,
      bankReference: null,
      verifiedAt: null,
    });
    this.logger.log({ applicationId: request.applicationId, accountId, accountLast4, correlationId }, 'Bank account stored');
    return { accountId, accountLast4 };
  }
}
