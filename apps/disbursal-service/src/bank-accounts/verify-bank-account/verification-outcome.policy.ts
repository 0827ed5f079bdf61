import type { BankVerificationResult, MatchDecision } from '@los/contracts';

/** Stable reasons of a bank account that is not VERIFIED. */
export const BankAccountReason = {
  /** The bank holds another person's name for the account. */
  NameMismatch: 'NAME_MISMATCH',
  /** The names are close but not clearly the same person: ops decide. */
  NameNeedsReview: 'NAME_NEEDS_REVIEW',
  AccountNotFound: 'ACCOUNT_NOT_FOUND',
} as const;

export interface VerificationOutcome {
  status: BankVerificationResult;
  reason: string | null;
}

/** The name match decides: the same person → VERIFIED; close → REVIEW by a person; someone else → REJECTED. */
export function outcomeOfNameMatch(decision: MatchDecision): VerificationOutcome {
  switch (decision) {
    case 'MATCH':
      return { status: 'VERIFIED', reason: null };
    case 'REVIEW':
      return { status: 'REVIEW', reason: BankAccountReason.NameNeedsReview };
    case 'NO_MATCH':
      return { status: 'REJECTED', reason: BankAccountReason.NameMismatch };
  }
}

/** No account took the rupee: nothing to match, the account is REJECTED with the bank's reason. */
export function outcomeOfMissingAccount(failureReason: string | null): VerificationOutcome {
  return { status: 'REJECTED', reason: failureReason ?? BankAccountReason.AccountNotFound };
}
