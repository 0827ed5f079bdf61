import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ErrorCode, PartnerStatus, type PartnerEventView } from '@los/contracts';
import type { InboundDelivery, PartnerWebhookIntake } from '../partner-webhook.intake.js';
import { DeliveryStatus, type PartnerWebhookDeliveryEntity } from './partner-webhook-delivery.entity.js';
import type { PartnerWebhookDeliveriesRepository } from './partner-webhook-deliveries.repository.js';
import { PendingDeliveriesSweeper } from './pending-deliveries.sweeper.js';

const NOW = new Date('2026-12-06T05:00:00.000Z');
const INTERVAL_MS = 1_000;

function delivery(id: string, attempts = 1): PartnerWebhookDeliveryEntity {
  return {
    id,
    partnerCode: 'AURUM_PRIME',
    headers: { 'lendwise-signature': `sig-${id}` },
    rawBody: Buffer.from(`{"id":"${id}"}`),
    correlationId: `corr-${id}`,
    status: DeliveryStatus.Pending,
    attempts,
    claimToken: 'token',
    nextAttemptAt: NOW,
    receivedAt: NOW,
    completedAt: null,
    failureCode: null,
    eventsReceived: null,
  };
}

/** Rows claimed once, like the UPDATE … LIMIT claim: a second pass finds nothing it did not release. */
class FakeDeliveries {
  readonly outcomes = new Map<string, string>();
  readonly released = new Map<string, Date>();
  claims = 0;
  constructor(private rows: PartnerWebhookDeliveryEntity[]) {}
  async claimDue(_leaseMs: number, limit: number) {
    this.claims += 1;
    const claimed = this.rows.slice(0, limit);
    this.rows = this.rows.slice(limit);
    return claimed;
  }
  async applied(row: PartnerWebhookDeliveryEntity, received: number) {
    this.outcomes.set(row.id, `APPLIED:${received}`);
  }
  async rejected(row: PartnerWebhookDeliveryEntity, code: string) {
    this.outcomes.set(row.id, `REJECTED:${code}`);
  }
  async release(row: PartnerWebhookDeliveryEntity, at: Date) {
    this.released.set(row.id, at);
  }
}

class FakeIntake {
  readonly verified: string[] = [];
  readonly applied: PartnerEventView[][] = [];
  constructor(private readonly answer: (delivery: InboundDelivery) => PartnerEventView[]) {}
  async verify(delivery: InboundDelivery) {
    this.verified.push(delivery.correlationId);
    return this.answer(delivery);
  }
  async apply(_partnerCode: string, events: PartnerEventView[]) {
    this.applied.push(events);
    return { received: events.length, duplicates: 0 };
  }
}

const approved = (reference: string): PartnerEventView => ({
  eventId: `evt-${reference}`,
  partnerReference: reference,
  status: PartnerStatus.Approved,
  occurredAt: NOW.toISOString(),
});

function sutWith(rows: PartnerWebhookDeliveryEntity[], answer: (delivery: InboundDelivery) => PartnerEventView[]) {
  const deliveries = new FakeDeliveries(rows);
  const intake = new FakeIntake(answer);
  const sut = new PendingDeliveriesSweeper(
    { SWEEP_INTERVAL_MS: INTERVAL_MS },
    deliveries as unknown as PartnerWebhookDeliveriesRepository,
    intake as unknown as PartnerWebhookIntake,
  );
  return { sut, deliveries, intake };
}

describe('PendingDeliveriesSweeper', () => {
  it('verifies each claimed delivery with its stored body and headers and applies its events once', async () => {
    const { sut, deliveries, intake } = sutWith([delivery('a'), delivery('b')], (d) => [approved(d.correlationId)]);
    assert.deepEqual(await sut.sweep(NOW), { applied: 2, rejected: 0, deferred: 0 });
    assert.deepEqual(intake.verified, ['corr-a', 'corr-b']);
    assert.deepEqual(
      intake.applied.map((events) => events.map((e) => e.partnerReference)),
      [['corr-a'], ['corr-b']],
    );
    assert.deepEqual(
      [...deliveries.outcomes],
      [
        ['a', 'APPLIED:1'],
        ['b', 'APPLIED:1'],
      ],
    );
    assert.deepEqual(await sut.sweep(NOW), { applied: 0, rejected: 0, deferred: 0 }, 'a claimed row is not processed twice');
  });

  it('keeps a delivery the verifier refuses as REJECTED with its code, and applies nothing of it', async () => {
    const { sut, deliveries, intake } = sutWith([delivery('bad'), delivery('good')], (d) => {
      if (d.correlationId === 'corr-bad') throw new AppException(ErrorCode.WebhookSignatureInvalid, 'no');
      return [approved('good')];
    });
    assert.deepEqual(await sut.sweep(NOW), { applied: 1, rejected: 1, deferred: 0 });
    assert.equal(deliveries.outcomes.get('bad'), `REJECTED:${ErrorCode.WebhookSignatureInvalid}`);
    assert.equal(intake.applied.length, 1);
  });

  it('gives the whole batch back, with backoff, once the verifier is found away', async () => {
    const { sut, deliveries, intake } = sutWith([delivery('a', 1), delivery('b', 3)], () => {
      throw new AppException(ErrorCode.UpstreamUnavailable, 'away');
    });
    assert.deepEqual(await sut.sweep(NOW), { applied: 0, rejected: 0, deferred: 2 });
    assert.deepEqual(intake.verified, ['corr-a'], 'the rest of the batch is not asked once the verifier is away');
    assert.equal(deliveries.outcomes.size, 0);
    assert.equal(deliveries.released.get('a')!.getTime() - NOW.getTime(), INTERVAL_MS);
    assert.equal(deliveries.released.get('b')!.getTime() - NOW.getTime(), 4 * INTERVAL_MS);
  });

  it('gives the rest of the batch back with backoff on an unexpected error, and lets the error fail the pass', async () => {
    const { sut, deliveries } = sutWith([delivery('a'), delivery('b', 2), delivery('c')], (d) => {
      if (d.correlationId === 'corr-b') throw new Error('bug');
      return [approved(d.correlationId)];
    });
    await assert.rejects(sut.sweep(NOW), /bug/);
    assert.deepEqual([...deliveries.outcomes], [['a', 'APPLIED:1']]);
    assert.deepEqual(
      [...deliveries.released].map(([id, at]) => [id, at.getTime() - NOW.getTime()]),
      [
        ['b', 2 * INTERVAL_MS],
        ['c', INTERVAL_MS],
      ],
      'due again within seconds, not after the claim lease',
    );
  });
});
