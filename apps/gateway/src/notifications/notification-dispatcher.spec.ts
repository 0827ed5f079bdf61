import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GatewayConfig } from '@los/common';
import type { Repository } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import type { EmailSender } from './channels/email.sender.js';
import { DeliveryError } from './channels/notification-sender.js';
import type { SmsSender } from './channels/sms.sender.js';
import type { NotificationDeliveriesRepository, SentDelivery } from './notification-deliveries.repository.js';
import { NotificationChannel, type NotificationDeliveryEntity } from './notification-delivery.entity.js';
import { NotificationDispatcher } from './notification-dispatcher.task.js';
import { TemplateId } from './templates/notification-templates.js';

const APPLICATION = { id: 'a1b2c3d4-0000-4000-8000-000000000001', fullName: 'Asha Verma', loanAmount: '250000.00' } as ApplicationEntity;

const OTHER_APPLICATION = { ...APPLICATION, id: 'a1b2c3d4-0000-4000-8000-000000000002' } as ApplicationEntity;

const delivery = (id: string, channel: NotificationChannel, applicationId = APPLICATION.id) =>
  ({ id, applicationId, templateId: TemplateId.OffersReady, channel, attempts: 0 }) as NotificationDeliveryEntity;

function setup(due: NotificationDeliveryEntity[] | (() => NotificationDeliveryEntity[]), smsFails = false, sendDelayMs = 0) {
  const calls: { sent: [SentDelivery[], string][]; failed: [string, string][]; order: string[] } = { sent: [], failed: [], order: [] };
  const deliveries = {
    claimDue: async () => (typeof due === 'function' ? due() : due),
    markSent: async (sent: SentDelivery[], claim: string) => void calls.sent.push([sent, claim]),
    markAttemptFailed: async (row: NotificationDeliveryEntity, _claim: string, reason: string) => void calls.failed.push([row.id, reason]),
  };
  const sender = (prefix: string, fails: boolean) => ({
    send: async (row: NotificationDeliveryEntity) => {
      calls.order.push(`start ${row.id}`);
      await new Promise((resolve) => setTimeout(resolve, sendDelayMs));
      calls.order.push(`end ${row.id}`);
      if (fails) throw new DeliveryError('HTTP 503');
      return `${prefix}-${row.id}`;
    },
  });
  const sut = new NotificationDispatcher(
    {
      NOTIFY_SWEEP_INTERVAL_MS: 1_000,
      NOTIFY_SEND_TIMEOUT_MS: 1_000,
      NOTIFY_MAX_ATTEMPTS: 5,
      NOTIFY_RETRY_BASE_MS: 1_000,
    } as GatewayConfig,
    deliveries as unknown as NotificationDeliveriesRepository,
    { findBy: async () => [APPLICATION, OTHER_APPLICATION] } as unknown as Repository<ApplicationEntity>,
    sender('smtp', false) as unknown as EmailSender,
    sender('sms', smsFails) as unknown as SmsSender,
  );
  const runPass = () => (sut as unknown as { runOnce(): Promise<void> }).runOnce();
  return { runPass, calls };
}

describe('NotificationDispatcher', () => {
  it("records a pass's sent messages in one call, each with its provider's message id", async () => {
    const { runPass, calls } = setup([delivery('1', NotificationChannel.Email), delivery('2', NotificationChannel.Sms)]);
    await runPass();
    assert.equal(calls.sent.length, 1);
    assert.deepEqual(
      calls.sent[0]![0].map(({ delivery: row, providerMessageId }) => [row.id, providerMessageId]),
      [
        ['1', 'smtp-1'],
        ['2', 'sms-2'],
      ],
    );
    assert.deepEqual(calls.failed, []);
  });

  it('settles a failed send on its own and leaves it out of the sent ones', async () => {
    const { runPass, calls } = setup([delivery('1', NotificationChannel.Email), delivery('2', NotificationChannel.Sms)], true);
    await runPass();
    assert.deepEqual(
      calls.sent[0]![0].map(({ delivery: row }) => row.id),
      ['1'],
    );
    assert.deepEqual(calls.failed, [['2', 'HTTP 503']]);
  });

  it('drains a backlog in one tick: a full pass is followed by another until one comes back short', async () => {
    const backlog = Array.from({ length: 45 }, (_, i) => delivery(String(i), NotificationChannel.Email));
    const { runPass, calls } = setup(() => backlog.splice(0, 20));
    await runPass();
    assert.deepEqual(
      calls.sent.map(([sent]) => sent.length),
      [20, 20, 5],
    );
    assert.equal(backlog.length, 0);
  });

  it("sends different applications' messages side by side, and one application's in their planned order", async () => {
    const { runPass, calls } = setup(
      [
        delivery('a1', NotificationChannel.Email),
        delivery('b1', NotificationChannel.Email, OTHER_APPLICATION.id),
        delivery('a2', NotificationChannel.Sms),
      ],
      false,
      5,
    );
    await runPass();
    assert.deepEqual(calls.order.slice(0, 2), ['start a1', 'start b1']);
    assert.ok(calls.order.indexOf('end a1') < calls.order.indexOf('start a2'));
    assert.deepEqual(calls.sent[0]![0].map(({ delivery: row }) => row.id).sort(), ['a1', 'a2', 'b1']);
  });
});
