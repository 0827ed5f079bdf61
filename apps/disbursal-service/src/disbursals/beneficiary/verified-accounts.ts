/** Where the money goes: the application's verified bank account (account numbers never leave this service in logs). */
export interface Beneficiary {
  accountNumber: string;
  ifsc: string;
  name: string;
}

/** The verified bank accounts of applications (penny-drop verified, kept by this service). */
export interface VerifiedAccounts {
  /** The account when it is the application's and VERIFIED, else null. */
  beneficiaryOf(applicationId: string, accountId: string): Promise<Beneficiary | null>;
}

export const VERIFIED_ACCOUNTS = Symbol('VERIFIED_ACCOUNTS');
