export const OCEAN_CODE = 'ocean';
export const OCEAN_SANDBOX_KEY_ID = 'ocean-sandbox-1';
export const OCEAN_MIN_MONTHLY_INCOME = 40_000;
export const OCEAN_MAX_FOIR = 0.55;
/** A disbursement to an account number ending like this fails at the bank. */
export const OCEAN_FAILING_ACCOUNT_SUFFIX = '0000';
/** How long the money takes to land after a disbursement is initiated. */
export const OCEAN_SETTLEMENT_MS = 100;
