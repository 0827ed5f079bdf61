import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { BankAccountRegistry } from './bank-account-registry.service.js';
import type { PennyDropDto } from './penny-drop.dto.js';
import type { PennyDropView } from './penny-drop.view.js';
import { unregisteredHolderOf } from './unregistered-holder.policy.js';

/** Credits one rupee (simulated) and answers the beneficiary bank's name for the account. */
@Injectable()
export class PennyDropService {
  constructor(private readonly registry: BankAccountRegistry) {}

  verify(request: PennyDropDto): PennyDropView {
    const account = this.registry.find(request.ifsc, request.accountNumber);
    const base = { requestId: request.requestId, status: 'COMPLETED' as const, ifsc: request.ifsc, amount: '1.00' as const };
    if (account?.state === 'CLOSED') {
      return { ...base, accountExists: false, registeredName: null, failureReason: 'ACCOUNT_CLOSED', bankReference: null };
    }
    const holder = account?.holderName ?? unregisteredHolderOf(request.ifsc, request.accountNumber);
    return { ...base, accountExists: true, registeredName: holder.toUpperCase(), bankReference: referenceOf(request.requestId) };
  }
}

/** A 12-digit IMPS reference number, derived from the request id so a repeated request answers the same credit. */
function referenceOf(requestId: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(requestId).digest('hex').slice(0, 15)}`).toString();
  return digits.padStart(12, '0').slice(-12);
}
