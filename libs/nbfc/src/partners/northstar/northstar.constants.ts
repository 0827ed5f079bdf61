export const NORTHSTAR_ADAPTER_TYPE = 'northstar';
/**
 * Northstar webhooks carry `X-Northstar-Signature: sha256=<hex HMAC-SHA256 of the raw body>` under the
 * shared webhook secret. There is no timestamp, so replays are caught by deduping on `event_id`.
 */
export const NORTHSTAR_SIGNATURE_HEADER = 'X-Northstar-Signature';
/** Refresh this long before the partner's stated expiry, so a token never expires in flight. */
export const NORTHSTAR_TOKEN_REFRESH_MARGIN_MS = 60_000;

export interface NorthstarCredentials {
  clientId: string;
  clientSecret: string;
  webhookSecret: string;
}
