import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ErrorCode, PartnerStatus, type PartnerEventView } from '@los/contracts';
import type { NewDelivery } from './deliveries/partner-webhook-deliveries.repository.js';
import type { InboundDelivery } from './partner-webhook.intake.js';
import { ReceivePartnerWebhookUseCase } from './receive-partner-webhook.usecase.js';

const delivery: InboundDelivery = {
  partnerCode: 'AURUM_PRIME',
  headers: { 'content-type': 'application/json', 'lendwise-signature': 't=1,v1=ab', 'user-agent': 'lender' },
  rawBody: Buffer.from('{"id":"evt_1"}'),
  correlationId: 'req-1',
};
const event: PartnerEventView = {
  eventId: 'evt_1',
  partnerReference: 'LW-1',
  status: PartnerStatus.Approved,
  occurredAt: '2026-12-06T05:00:00Z',
};

function sutWith(verify: () => Promise<PartnerEventView[]>) {
  const stored: NewDelivery[] = [];
  const applied: PartnerEventView[][] = [];
  const sut = new ReceivePartnerWebhookUseCase(
    {
      verify,
      apply: async (_code, events) => {
        applied.push(events);
        return { received: events.length, duplicates: 0 };
      },
    },
    {
      store: async (row) => {
        stored.push(row);
        return 'delivery-1';
      },
    },
  );
  return { sut, stored, applied };
}

describe('ReceivePartnerWebhookUseCase', () => {
  it('records the events offer-service read from the webhook, keeping nothing', async () => {
    const { sut, stored, applied } = sutWith(async () => [event]);
    assert.deepEqual(await sut.execute(delivery), { recorded: { received: 1, duplicates: 0 } });
    assert.deepEqual(applied, [[event]]);
    assert.equal(stored.length, 0);
  });

  it('keeps the webhook (body, partner, signature headers) when offer-service cannot be asked', async () => {
    const { sut, stored, applied } = sutWith(async () => {
      throw new AppException(ErrorCode.UpstreamUnavailable, 'away');
    });
    assert.deepEqual(await sut.execute(delivery), { kept: 'delivery-1' });
    assert.deepEqual(stored, [
      {
        partnerCode: 'AURUM_PRIME',
        headers: { 'content-type': 'application/json', 'lendwise-signature': 't=1,v1=ab' },
        rawBody: delivery.rawBody,
        correlationId: 'req-1',
      },
    ]);
    assert.equal(applied.length, 0);
  });

  it("passes the verifier's refusal on, keeping nothing", async () => {
    const { sut, stored } = sutWith(async () => {
      throw new AppException(ErrorCode.WebhookSignatureInvalid, 'bad');
    });
    await assert.rejects(sut.execute(delivery), (error: AppException) => error.code === ErrorCode.WebhookSignatureInvalid);
    assert.equal(stored.length, 0);
  });
});
