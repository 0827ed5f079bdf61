import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { assertFreshEvent } from './event-freshness.js';

const NOW = Date.parse('2026-12-06T03:00:00Z');
const WINDOW = { maxAgeMs: 10 * 60_000, maxAheadMs: 5 * 60_000 };
const refusedAs = (occurredAt: unknown, code: PartnerErrorCode) =>
  assert.throws(
    () => assertFreshEvent(occurredAt, WINDOW, NOW, 'VISTAAR_CREDIT'),
    (error: unknown) => error instanceof PartnerError && error.code === code,
  );

describe('assertFreshEvent', () => {
  it('takes an event inside the window, edges included', () => {
    for (const at of ['2026-12-06T02:50:00Z', '2026-12-06T03:00:00Z', '2026-12-06T03:05:00Z'])
      assertFreshEvent(at, WINDOW, NOW, 'VISTAAR_CREDIT');
  });

  it('refuses an event a year old, just too old, or too far ahead', () => {
    for (const at of ['2025-12-06T03:00:00Z', '2026-12-06T02:49:59.999Z', '2026-12-06T03:05:00.001Z'])
      refusedAs(at, PartnerErrorCode.EventStale);
  });

  it('refuses a missing or unreadable time as invalid', () => {
    for (const at of [undefined, 1764990000000, '0000-00-00', 'yesterday']) refusedAs(at, PartnerErrorCode.EventInvalid);
  });
});
