import { Injectable } from '@nestjs/common';
import { FieldCipher, type SealedField } from '@los/common';
import { accountLast4 } from '@los/contracts';
import { randomUUID } from 'node:crypto';

export interface SealedAccountNumber extends SealedField {
  accountId: string;
  accountLast4: string;
}

/** The only place a full account number is encrypted or decrypted; the account id binds each ciphertext to its row. */
@Injectable()
export class AccountNumberVault {
  constructor(private readonly cipher: FieldCipher) {}

  seal(accountNumber: string): SealedAccountNumber {
    const accountId = randomUUID();
    return { accountId, accountLast4: accountLast4(accountNumber), ...this.cipher.seal(accountNumber, accountId) };
  }

  /** Throws when the stored record was altered or moved to another account id. */
  open(accountId: string, sealed: SealedField): string {
    return this.cipher.open(sealed, accountId);
  }
}
