/** The provider's answer: whether a rupee reached the account and the name the beneficiary bank holds for it. */
export interface PennyDropView {
  requestId: string;
  status: 'COMPLETED';
  accountExists: boolean;
  /** As the beneficiary bank returns it (upper case); null when no account took the credit. */
  registeredName: string | null;
  /** Why no account took the credit (ACCOUNT_CLOSED); absent when one did. */
  failureReason?: string;
  ifsc: string;
  amount: '1.00';
  /** The IMPS reference of the credit, the same for a repeated request id. */
  bankReference: string | null;
}
