import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus, type PartnerEvent } from '../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { validatePartnerEvent } from './partner-event.validator.js';

const NOW = Date.parse('2026-12-06T03:00:00Z');
const event: PartnerEvent = {
  eventId: 'evt_0A1B2C3D4E5F6071',
  partnerReference: 'LW-APP-0A1B2C3D4E5F6071',
  status: PartnerStatus.Approved,
  occurredAt: '2026-12-06T08:29:00+05:30',
};
const disbursed: PartnerEvent = {
  ...event,
  status: PartnerStatus.Disbursed,
  details: { amount: '250000.50', utr: 'HDFCN52026120612' },
};

function refusedFields(candidate: PartnerEvent): string {
  try {
    validatePartnerEvent(candidate, 'AURUM_PRIME', NOW);
  } catch (error) {
    assert.ok(error instanceof PartnerError);
    assert.equal(error.code, PartnerErrorCode.EventInvalid);
    return error.message;
  }
  assert.fail('expected the event to be refused');
}

describe('validatePartnerEvent', () => {
  it('keeps a valid event, its time in UTC', () => {
    assert.deepEqual(validatePartnerEvent(event, 'AURUM_PRIME', NOW), { ...event, occurredAt: '2026-12-06T02:59:00.000Z' });
    assert.deepEqual(validatePartnerEvent(disbursed, 'AURUM_PRIME', NOW).details, disbursed.details);
  });

  it('refuses an event id or reference longer than we keep, or with characters outside the format, never cutting it', () => {
    assert.match(refusedFields({ ...event, eventId: `evt_${'x'.repeat(125)}` }), /eventId/);
    validatePartnerEvent({ ...event, eventId: `evt_${'x'.repeat(124)}` }, 'AURUM_PRIME', NOW);
    assert.match(refusedFields({ ...event, eventId: 'evt 1' }), /eventId/);
    assert.match(refusedFields({ ...event, partnerReference: `LW-${'9'.repeat(98)}` }), /partnerReference/);
    assert.match(refusedFields({ ...event, partnerReference: '' }), /partnerReference/);
  });

  it('refuses a status outside our vocabulary', () => {
    assert.match(refusedFields({ ...event, status: 'TELEPORTED' as PartnerStatus }), /status/);
  });

  it('refuses a time that is not a real, zoned instant within sane bounds', () => {
    for (const occurredAt of [
      '0000-00-00',
      'not-a-date',
      '2026-02-30T10:00:00Z',
      '2026-12-06T02:59:00',
      '2019-12-31T23:59:59Z',
      '2026-12-06T03:05:01Z',
      '1764990000',
    ])
      assert.match(refusedFields({ ...event, occurredAt }), /occurredAt/, occurredAt);
    validatePartnerEvent({ ...event, occurredAt: '2026-12-06T03:05:00Z' }, 'AURUM_PRIME', NOW);
  });

  it('refuses DISBURSED without an amount above zero with at most 2 decimals, or without a UTR', () => {
    assert.match(refusedFields({ ...disbursed, details: {} }), /amount, utr/);
    assert.match(refusedFields({ ...disbursed, details: { utr: 'HDFCN52026120612' } }), /amount/);
    for (const amount of ['0', '0.00', '-5', '100.005', '1e5', 250000])
      assert.match(refusedFields({ ...disbursed, details: { ...disbursed.details, amount } }), /amount/, String(amount));
    for (const utr of ['UTR1', 'hdfcn52026120612', 'HDFCN5202612061234567890'])
      assert.match(refusedFields({ ...disbursed, details: { ...disbursed.details, utr } }), /utr/, utr);
  });

  it('checks an amount or UTR on any other status too, when one is sent', () => {
    assert.match(refusedFields({ ...event, status: PartnerStatus.DisbursalInitiated, details: { amount: '0' } }), /amount/);
    validatePartnerEvent({ ...event, status: PartnerStatus.DisbursalInitiated, details: { amount: '5000' } }, 'AURUM_PRIME', NOW);
  });

  it('names the refused fields, never their values', () => {
    const message = refusedFields({ ...event, eventId: `evt_${'S3CRET'.repeat(40)}` });
    assert.ok(!message.includes('S3CRET'));
  });
});
