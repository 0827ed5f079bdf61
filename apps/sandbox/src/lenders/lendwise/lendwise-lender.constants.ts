export const LENDWISE_CODE = 'lendwise';
/** Sandbox credentials; the partner configuration row for the sandbox carries the same. */
export const LENDWISE_SANDBOX_API_KEY = 'lw_sandbox_key';
export const LENDWISE_SANDBOX_WEBHOOK_SECRET = 'lw_sandbox_whsec';
