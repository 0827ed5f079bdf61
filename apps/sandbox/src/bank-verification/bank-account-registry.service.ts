import { Injectable } from '@nestjs/common';
import type { AccountState } from './register-bank-account.dto.js';

export interface RegisteredAccount {
  holderName: string;
  state: AccountState;
}

/** The accounts the simulated banks hold, in memory, by IFSC and number; registering again replaces the holder. */
@Injectable()
export class BankAccountRegistry {
  private readonly accounts = new Map<string, RegisteredAccount>();

  register(ifsc: string, accountNumber: string, account: RegisteredAccount): void {
    this.accounts.set(keyOf(ifsc, accountNumber), account);
  }

  find(ifsc: string, accountNumber: string): RegisteredAccount | null {
    return this.accounts.get(keyOf(ifsc, accountNumber)) ?? null;
  }
}

// Banks key accounts by number within the bank: the branch part of the IFSC does not matter.
const keyOf = (ifsc: string, accountNumber: string) => `${ifsc.slice(0, 4)}:${accountNumber}`;
