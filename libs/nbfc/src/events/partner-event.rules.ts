/** Sane bounds of any partner event time: none of our lenders existed before this, and clocks drift only so far ahead. */
export const EARLIEST_EVENT_TIME_MS = Date.UTC(2020, 0, 1);
export const MAX_EVENT_AHEAD_MS = 5 * 60_000;

/** How old (or how far ahead) an event may be when the partner's signature covers no timestamp to bound replays. */
export interface EventFreshnessWindow {
  maxAgeMs: number;
  maxAheadMs: number;
}
