import type { EventFreshnessWindow } from '../../events/partner-event.rules.js';

export const NORTHSTAR_ADAPTER_TYPE = 'northstar';
/**
 * Northstar webhooks carry `X-Northstar-Signature: sha256=<hex HMAC-SHA256 of the raw body>` under the
 * shared webhook secret. There is no timestamp, so replays are caught by deduping on `event_id` and by
 * refusing an event whose `occurred_at` is outside `NORTHSTAR_EVENT_WINDOW`.
 */
export const NORTHSTAR_SIGNATURE_HEADER = 'X-Northstar-Signature';
/** Northstar retries a webhook for up to 5 minutes; twice that, and its clock a little ahead, is still fresh. */
export const NORTHSTAR_EVENT_WINDOW: EventFreshnessWindow = { maxAgeMs: 10 * 60_000, maxAheadMs: 5 * 60_000 };
/** Refresh this long before the partner's stated expiry, so a token never expires in flight. */
export const NORTHSTAR_TOKEN_REFRESH_MARGIN_MS = 60_000;

export interface NorthstarCredentials {
  clientId: string;
  clientSecret: string;
  webhookSecret: string;
}
