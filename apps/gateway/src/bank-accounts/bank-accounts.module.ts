import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AddBankAccount } from './add-bank-account.usecase.js';
import { ApplicationBankAccountEntity } from './application-bank-account.entity.js';
import { BankAccountReviewsController } from './bank-account-reviews.controller.js';
import { BankAccountVerifiedHandler } from './bank-account-verified.handler.js';
import { BankAccountVerifiedHook } from './bank-account-verified.hook.js';
import { BankAccountsController } from './bank-accounts.controller.js';
import { BankAccounts } from './bank-accounts.service.js';
import { ResolveBankAccountReview } from './resolve-bank-account-review.usecase.js';
import { VerifyBankAccountFailedHandler } from './verify-bank-account-failed.handler.js';

/** The payout account of an application: set by the borrower, verified by disbursal-service, asked by disbursal. */
@Module({
  imports: [ApplicationsModule, TypeOrmModule.forFeature([ApplicationBankAccountEntity])],
  controllers: [BankAccountsController, BankAccountReviewsController],
  providers: [
    AddBankAccount,
    ResolveBankAccountReview,
    BankAccounts,
    BankAccountVerifiedHook,
    BankAccountVerifiedHandler,
    VerifyBankAccountFailedHandler,
  ],
  exports: [BankAccounts, BankAccountVerifiedHook],
})
export class BankAccountsModule {}
