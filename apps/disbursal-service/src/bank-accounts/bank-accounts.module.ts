import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, FieldCipher, FieldKeyring, type DisbursalConfig } from '@los/common';
import { BankAccountEntity } from './bank-account.entity.js';
import { StoreBankAccountController } from './store-bank-account/store-bank-account.controller.js';
import { StoreBankAccount } from './store-bank-account/store-bank-account.usecase.js';
import { AccountNumberVault } from './vault/account-number-vault.js';
import { BankAccountCommandsController } from './verify-bank-account/bank-account-commands.controller.js';
import { HttpPennyDropProvider, PennyDropProvider } from './verify-bank-account/penny-drop.client.js';
import { VerifyBankAccountHandler } from './verify-bank-account/verify-bank-account.handler.js';

/** Borrowers' bank accounts: kept encrypted, verified by penny drop and a name match with the KYC name. */
@Module({
  imports: [TypeOrmModule.forFeature([BankAccountEntity])],
  controllers: [StoreBankAccountController, BankAccountCommandsController],
  providers: [
    // Built at module init: a bad key setting stops the service before it accepts any message.
    {
      provide: FieldCipher,
      inject: [APP_CONFIG],
      useFactory: (config: DisbursalConfig) =>
        new FieldCipher(
          FieldKeyring.parse({
            keysVariable: 'BANK_ACCOUNT_VAULT_KEYS',
            keys: config.BANK_ACCOUNT_VAULT_KEYS,
            activeVariable: 'BANK_ACCOUNT_VAULT_ACTIVE_KEY',
            active: config.BANK_ACCOUNT_VAULT_ACTIVE_KEY,
          }),
          'bank-account',
        ),
    },
    AccountNumberVault,
    StoreBankAccount,
    { provide: PennyDropProvider, useClass: HttpPennyDropProvider },
    VerifyBankAccountHandler,
  ],
  exports: [AccountNumberVault],
})
export class BankAccountsModule {}
