import 'reflect-metadata';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApplicationStatus } from '@los/contracts';
import { ApplicationEventType } from '../../apps/gateway/src/applications/events/application-event-type.js';
import { NotificationDeliveriesRepository } from '../../apps/gateway/src/notifications/notification-deliveries.repository.js';
import {
  DeliveryStatus,
  NotificationChannel,
  NotificationDeliveryEntity,
} from '../../apps/gateway/src/notifications/notification-delivery.entity.js';
import { TemplateId } from '../../apps/gateway/src/notifications/templates/notification-templates.js';
import { migratedGatewayDatabase } from '../support/gateway-database.js';

const DATABASE = `t_notifydeliveries_${process.pid}`;
const MINUTE = 60_000;

/** A dispatcher pass records what it sent in one statement, on the real MariaDB schema. */
describe('notification deliveries: marking a pass sent on MariaDB', () => {
  let database: Awaited<ReturnType<typeof migratedGatewayDatabase>> | undefined;
  let dataSource: DataSource;
  let sut: NotificationDeliveriesRepository;

  before(async () => {
    database = await migratedGatewayDatabase(DATABASE);
    dataSource = database.dataSource;
    sut = new NotificationDeliveriesRepository(dataSource.getRepository(NotificationDeliveryEntity));
  });
  after(async () => database?.drop());

  async function planMilestone(): Promise<void> {
    const event = {
      id: String(Math.floor(Math.random() * 1e9)),
      type: ApplicationEventType.StatusChanged,
      applicationId: randomUUID(),
      from: ApplicationStatus.KycVerified,
      to: ApplicationStatus.OffersReady,
      at: new Date(),
      version: 3,
    };
    await sut.plan(dataSource.manager, event, TemplateId.OffersReady, [
      { channel: NotificationChannel.Email, recipient: 'a@example.in' },
      { channel: NotificationChannel.Sms, recipient: '9876543210' },
    ]);
  }

  const rowsOf = (ids: string[]) =>
    dataSource.getRepository(NotificationDeliveryEntity).find({ where: ids.map((id) => ({ id })), order: { id: 'ASC' } });

  it('marks each delivery the claim holds sent with its own message id, lets the claim go, and leaves the rest alone', async () => {
    await planMilestone();
    await planMilestone();
    const claim = randomUUID();
    const due = await sut.claimDue(claim, 20, MINUTE);
    assert.equal(due.length, 4);
    const [first, second, unsent, stolen] = due as [NotificationDeliveryEntity, ...NotificationDeliveryEntity[]];
    // The lease lapsed and another replica holds this row now: its settlement is not ours to write.
    await dataSource.query('UPDATE notification_deliveries SET claimed_by = ? WHERE id = ?', [randomUUID(), stolen!.id]);

    await sut.markSent(
      [
        { delivery: first, providerMessageId: 'smtp-1' },
        { delivery: second!, providerMessageId: 'sms-2' },
        { delivery: stolen!, providerMessageId: 'smtp-4' },
      ],
      claim,
    );

    const [a, b, c, d] = await rowsOf(due.map((row) => row.id));
    assert.deepEqual(
      [a, b].map((row) => [row!.status, row!.attempts, row!.providerMessageId, row!.claimedBy, row!.claimedUntil, row!.sentAt !== null]),
      [
        [DeliveryStatus.Sent, 1, 'smtp-1', null, null, true],
        [DeliveryStatus.Sent, 1, 'sms-2', null, null, true],
      ],
    );
    assert.deepEqual([c!.id, c!.status, c!.claimedBy], [unsent!.id, DeliveryStatus.Pending, claim], 'not in the pass: untouched');
    assert.deepEqual([d!.status, d!.providerMessageId, d!.sentAt], [DeliveryStatus.Pending, null, null], 'claimed by another');
  });

  it('writes nothing for a pass that sent nothing', async () => {
    await assert.doesNotReject(sut.markSent([], randomUUID()));
  });
});
