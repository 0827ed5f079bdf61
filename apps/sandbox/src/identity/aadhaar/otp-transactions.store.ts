import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** The one OTP the simulated UIDAI accepts. */
export const TEST_OTP = '123456';
const OTP_VALID_MS = 10 * 60_000;
const WRONG_OTPS_ALLOWED = 3;

interface OtpTransaction {
  aadhaar: string;
  expiresAt: number;
  wrongOtps: number;
}

export type OtpOutcome = { outcome: 'verified'; aadhaar: string } | { outcome: 'unknown' | 'wrong_otp' };

/** Open OTP transactions, as UIDAI keeps them: ten minutes, one successful use, three wrong tries. */
@Injectable()
export class OtpTransactionsStore {
  private readonly transactions = new Map<string, OtpTransaction>();

  open(aadhaar: string): string {
    this.dropExpired();
    const txnId = randomUUID();
    this.transactions.set(txnId, { aadhaar, expiresAt: Date.now() + OTP_VALID_MS, wrongOtps: 0 });
    return txnId;
  }

  redeem(txnId: string, otp: string): OtpOutcome {
    const transaction = this.transactions.get(txnId);
    if (!transaction || transaction.expiresAt <= Date.now()) return { outcome: 'unknown' };
    if (otp !== TEST_OTP) {
      if (++transaction.wrongOtps >= WRONG_OTPS_ALLOWED) this.transactions.delete(txnId);
      return { outcome: 'wrong_otp' };
    }
    this.transactions.delete(txnId);
    return { outcome: 'verified', aadhaar: transaction.aadhaar };
  }

  private dropExpired(): void {
    const now = Date.now();
    for (const [txnId, transaction] of this.transactions) {
      if (transaction.expiresAt <= now) this.transactions.delete(txnId);
    }
  }
}
