import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, failureEventOf, MessagePattern, resultEventIdOf, type ResultEvent } from '@los/contracts';
import type { Repository } from 'typeorm';
import { AppException } from '../../errors/app.exception.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import type { EventConsumerProcessor } from '../events/event-consumer.processor.js';
import type { RpcClient } from '../rpc/rpc-client.service.js';
import { probeEnvelope } from '../testing/durable-fixtures.js';
import { FakeQueue } from '../testing/fake-queue.js';
import { InMemoryStore } from '../testing/in-memory-store.js';
import { FreshEnvelopes } from '../fresh/fresh-envelopes.js';
import { OutboxDeliveryProcessor } from './outbox-delivery.processor.js';

function setup(send: () => Promise<unknown>) {
  const store = new InMemoryStore([[OutboxCommandEntity, 'id']]);
  const envelope = probeEnvelope();
  store.insert(OutboxCommandEntity, { id: envelope.commandId, pattern: envelope.pattern, envelope, status: OutboxStatus.Pending });
  const applied: ResultEvent[] = [];
  const consumer = { apply: (event: ResultEvent) => (applied.push(event), Promise.resolve(true)) };
  const repository = store.repository(OutboxCommandEntity);
  let reads = 0;
  const counted = { ...repository, findOneBy: (where: object) => (reads++, repository.findOneBy(where)) };
  const fresh = new FreshEnvelopes();
  const sut = new OutboxDeliveryProcessor(
    new FakeQueue().asQueue(),
    counted as unknown as Repository<OutboxCommandEntity>,
    { send } as unknown as RpcClient,
    consumer as unknown as EventConsumerProcessor,
    fresh,
  );
  const command = () => store.findOneBy<OutboxCommandEntity>(OutboxCommandEntity, { id: envelope.commandId })!;
  return { sut, envelope, applied, command, fresh, reads: () => reads };
}

describe('OutboxDeliveryProcessor', () => {
  it('marks an acknowledged command delivered', async () => {
    const { sut, envelope, applied, command } = setup(() => Promise.resolve({ accepted: true }));
    await sut.deliver(envelope.commandId);
    assert.deepEqual([command().status, applied.length], [OutboxStatus.Delivered, 0]);
  });

  it("turns a refusal by the receiver into the command's failure event, applied here, and fails the command", async () => {
    const { sut, envelope, applied, command } = setup(() => Promise.reject(new AppException(ErrorCode.ValidationFailed, 'bad payload')));
    await sut.deliver(envelope.commandId);
    assert.deepEqual(
      applied.map((event) => [event.eventId, event.type, event.failureCode, event.payload]),
      [
        [
          resultEventIdOf(envelope.commandId),
          failureEventOf(MessagePattern.KycProbe),
          ErrorCode.ValidationFailed,
          { message: 'bad payload' },
        ],
      ],
    );
    assert.deepEqual([command().status, command().lastError], [OutboxStatus.Failed, ErrorCode.ValidationFailed]);
  });

  it('retries a transport failure: the command stays pending and nothing is reported', async () => {
    const { sut, envelope, applied, command } = setup(() => Promise.reject(new AppException(ErrorCode.UpstreamUnavailable, 'no ack')));
    await assert.rejects(sut.deliver(envelope.commandId), { code: ErrorCode.UpstreamUnavailable });
    assert.deepEqual([command().status, applied.length], [OutboxStatus.Pending, 0]);
  });

  it('sends a command recorded here a moment ago from the kept envelope on a first run, without reading its row', async () => {
    const sent: unknown[] = [];
    const { sut, envelope, command, fresh, reads } = setup(
      (...args: unknown[]) => (sent.push(args[1]), Promise.resolve({ accepted: true })),
    );
    fresh.keep('sent', envelope);
    await sut.deliver(envelope.commandId, true);
    assert.deepEqual([reads(), sent, command().status], [0, [envelope], OutboxStatus.Delivered]);
    await sut.deliver(envelope.commandId, true);
    assert.equal(reads(), 1, 'taken once: the next run reads the row');
  });
});
