import { Injectable } from '@nestjs/common';
import type { Beneficiary, VerifiedAccounts } from './verified-accounts.js';

/** Until bank accounts are verified in this service, no application has a beneficiary. */
@Injectable()
export class NoVerifiedAccounts implements VerifiedAccounts {
  beneficiaryOf(_applicationId: string): Promise<Beneficiary | null> {
    return Promise.resolve(null);
  }
}
