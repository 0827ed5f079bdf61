import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import type { EventFreshnessWindow } from './partner-event.rules.js';

/** Refuses an event dated outside the window: the replay guard of a partner whose signature has no timestamp. */
export function assertFreshEvent(occurredAt: unknown, window: EventFreshnessWindow, nowMs: number, partnerCode: string): void {
  const at = typeof occurredAt === 'string' ? Date.parse(occurredAt) : NaN;
  if (!Number.isFinite(at))
    throw new PartnerError(PartnerErrorCode.EventInvalid, 'webhook event refused: occurredAt is not a date', partnerCode);
  if (at < nowMs - window.maxAgeMs || at > nowMs + window.maxAheadMs)
    throw new PartnerError(PartnerErrorCode.EventStale, 'webhook event refused: its time is outside the freshness window', partnerCode);
}
