import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BankAccountEntity } from '../../bank-accounts/bank-account.entity.js';
import { AccountNumberVault } from '../../bank-accounts/vault/account-number-vault.js';
import type { Beneficiary, VerifiedAccounts } from './verified-accounts.js';

/**
 * The payout account from this service's `bank_accounts`, opened from the vault only when a lender call needs it;
 * never a REJECTED one, nor one of another application.
 */
@Injectable()
export class BankAccountBeneficiaries implements VerifiedAccounts {
  constructor(
    @InjectRepository(BankAccountEntity) private readonly accounts: Repository<BankAccountEntity>,
    private readonly vault: AccountNumberVault,
  ) {}

  async beneficiaryOf(applicationId: string, accountId: string): Promise<Beneficiary | null> {
    // A REVIEW account is paid only once ops approved it at the gateway, which alone names it as the payout account.
    const row = await this.accounts.findOneBy({ id: accountId, applicationId, verificationStatus: In(['VERIFIED', 'REVIEW']) });
    if (!row) return null;
    return { accountNumber: this.vault.open(row.id, row), ifsc: row.ifsc, name: row.holderName };
  }
}
