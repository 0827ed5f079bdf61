import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '@los/contracts';
import type { Queue } from 'bull';
import type { FindOperator, Repository } from 'typeorm';
import { AppException } from '../../errors/app.exception.js';
import { OutboxStatus, type OutboxCommandEntity } from '../entities/outbox-command.entity.js';
import type { EventConsumerProcessor } from '../events/event-consumer.processor.js';
import type { RpcClient } from '../rpc/rpc-client.service.js';
import { OutboxDeliveryProcessor } from './outbox-delivery.processor.js';

function setup(send: () => Promise<unknown>) {
  const updates: { where: Record<string, unknown>; set: Partial<OutboxCommandEntity> }[] = [];
  const commands = {
    findOneBy: async () => ({ id: 'c-1', pattern: 'kyc.cmd.verify.v1', envelope: {}, status: OutboxStatus.Pending }),
    update: async (where: Record<string, unknown>, set: Partial<OutboxCommandEntity>) => {
      updates.push({ where, set });
      return { affected: 1 };
    },
  } as unknown as Repository<OutboxCommandEntity>;
  const sut = new OutboxDeliveryProcessor({} as Queue, commands, { send } as unknown as RpcClient, {} as EventConsumerProcessor);
  return { sut, updates };
}

const openOnly = (where: Record<string, unknown>) => (where.status as FindOperator<string[]>).value;

describe('delivering a recorded command', () => {
  it('keeps the code of a failed delivery on the still-open command and lets the job retry', async () => {
    const { sut, updates } = setup(() => Promise.reject(new AppException(ErrorCode.UpstreamUnavailable, 'down')));
    await assert.rejects(sut.deliver('c-1'), (error) => error instanceof AppException && error.code === ErrorCode.UpstreamUnavailable);
    assert.equal(updates.length, 1);
    assert.deepEqual(updates[0]!.set, { lastError: ErrorCode.UpstreamUnavailable });
    assert.deepEqual(openOnly(updates[0]!.where), [OutboxStatus.Pending, OutboxStatus.Delivered]);
  });

  it('marks a delivered command DELIVERED and clears its last error', async () => {
    const { sut, updates } = setup(() => Promise.resolve({ accepted: true }));
    await sut.deliver('c-1');
    assert.deepEqual(updates[0]!.set, { status: OutboxStatus.Delivered, lastError: null });
    assert.deepEqual(openOnly(updates[0]!.where), [OutboxStatus.Pending, OutboxStatus.Delivered]);
  });
});
