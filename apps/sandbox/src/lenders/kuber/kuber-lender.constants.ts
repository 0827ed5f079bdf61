export const KUBER_CODE = 'kuber';
/** Sandbox credentials; the partner configuration row for the sandbox carries the same. */
export const KUBER_SANDBOX_API_KEY = 'kuber_sandbox_key';
export const KUBER_MIN_PAISE = 50_000_00n;
export const KUBER_MAX_PAISE = 5_00_000_00n;
export const KUBER_MIN_SCORE = 700;
/** A disbursal to an account number ending like this fails at the bank. */
export const KUBER_FAILING_ACCOUNT_SUFFIX = '0000';
