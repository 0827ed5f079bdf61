export const NORTHSTAR_CODE = 'northstar';
/** Sandbox credentials; the partner configuration row for the sandbox carries the same. */
export const NORTHSTAR_SANDBOX_CLIENT_ID = 'ns_sandbox_client';
export const NORTHSTAR_SANDBOX_CLIENT_SECRET = 'ns_sandbox_secret';
export const NORTHSTAR_SANDBOX_WEBHOOK_SECRET = 'ns_sandbox_whsec';
export const NORTHSTAR_DEFAULT_TOKEN_TTL_SECONDS = 3_600;
