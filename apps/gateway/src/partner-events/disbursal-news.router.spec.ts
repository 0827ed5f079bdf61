import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus, type PartnerEventView } from '@los/contracts';
import { splitDisbursalNews } from './disbursal-news.router.js';

const event = (eventId: string, status: PartnerStatus): PartnerEventView => ({
  eventId,
  partnerReference: 'LW-APP-1',
  status,
  occurredAt: '2026-12-06T05:00:00.000Z',
});

describe('splitDisbursalNews', () => {
  it('sends payout news to the disbursal record and the rest to the application', () => {
    const events = [
      event('e1', PartnerStatus.Approved),
      event('e2', PartnerStatus.DisbursalInitiated),
      event('e3', PartnerStatus.Disbursed),
      event('e4', PartnerStatus.DisbursalFailed),
      event('e5', PartnerStatus.UnderReview),
    ];
    const { disbursal, other } = splitDisbursalNews(events);
    assert.deepEqual(
      disbursal.map((e) => e.eventId),
      ['e2', 'e3', 'e4'],
    );
    assert.deepEqual(
      other.map((e) => e.eventId),
      ['e1', 'e5'],
    );
  });
});
