import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { PartnerEvent } from '../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { ParsedPartnerEvent } from './parsed-partner-event.js';
import { EARLIEST_EVENT_TIME_MS, MAX_EVENT_AHEAD_MS } from './partner-event.rules.js';

/**
 * A parsed partner event checked field by field (`ParsedPartnerEvent`) and dated within sane bounds, its time
 * in UTC; otherwise PartnerError(EVENT_INVALID) naming the fields, never their values.
 */
export function validatePartnerEvent(event: PartnerEvent, partnerCode: string, nowMs: number): PartnerEvent {
  const candidate = plainToInstance(ParsedPartnerEvent, {
    eventId: event.eventId,
    partnerReference: event.partnerReference,
    status: event.status,
    occurredAt: event.occurredAt,
    amount: event.details?.amount,
    utr: event.details?.utr,
  });
  const fields = validateSync(candidate).map((error) => error.property);
  const at = Date.parse(candidate.occurredAt);
  if (!fields.includes('occurredAt') && !(at >= EARLIEST_EVENT_TIME_MS && at <= nowMs + MAX_EVENT_AHEAD_MS)) fields.push('occurredAt');
  if (fields.length > 0)
    throw new PartnerError(PartnerErrorCode.EventInvalid, `webhook event refused: ${fields.join(', ')} not valid`, partnerCode);
  return { ...event, occurredAt: new Date(at).toISOString() };
}
