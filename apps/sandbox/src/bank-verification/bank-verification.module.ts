import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { BankAccountRegistry } from './bank-account-registry.service.js';
import { BankAccountsController } from './bank-accounts.controller.js';
import { PennyDropController } from './penny-drop.controller.js';
import { PennyDropService } from './penny-drop.service.js';

/** A penny-drop account-verification provider over simulated banks, with the identity sources' fault switches. */
@Module({
  imports: [IdentityModule],
  controllers: [BankAccountsController, PennyDropController],
  providers: [BankAccountRegistry, PennyDropService],
})
export class BankVerificationModule {}
