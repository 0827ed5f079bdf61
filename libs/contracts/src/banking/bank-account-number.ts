/** Indian bank account numbers: 9 to 18 digits (NPCI's range for IMPS and NEFT beneficiaries). */
export const ACCOUNT_NUMBER_FORMAT = /^\d{9,18}$/;

export function isAccountNumber(value: unknown): value is string {
  return typeof value === 'string' && ACCOUNT_NUMBER_FORMAT.test(value);
}

/** The only part of an account number that responses, logs and errors ever show. */
export function accountLast4(accountNumber: string): string {
  return accountNumber.slice(-4);
}

/** XXXXXXXX1234: as long as the number, every digit but the last four hidden. */
export function maskAccountNumber(accountNumber: string): string {
  return `${'X'.repeat(Math.max(0, accountNumber.length - 4))}${accountLast4(accountNumber)}`;
}
