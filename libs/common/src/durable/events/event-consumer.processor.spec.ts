import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, EventType, failureEventOf, MessagePattern, resultEventIdOf, type ResultEvent } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { AppException } from '../../errors/app.exception.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import { ProcessedEventEntity } from '../entities/processed-event.entity.js';
import { CountingEventHandler, probeEnvelope } from '../testing/durable-fixtures.js';
import { FakeQueue } from '../testing/fake-queue.js';
import { InMemoryStore } from '../testing/in-memory-store.js';
import { EventConsumerProcessor, NO_HANDLER } from './event-consumer.processor.js';

function setup(handled: string[] = [EventType.KycProbeCompleted, failureEventOf(MessagePattern.KycProbe)]) {
  const store = new InMemoryStore([
    [OutboxCommandEntity, 'id'],
    [ProcessedEventEntity, 'eventId'],
  ]);
  const handler = new CountingEventHandler();
  const handlers = new DurableHandlers();
  handlers.load({ commands: [], events: handled.map((type) => [type, handler]) });
  const envelope = probeEnvelope();
  store.insert(OutboxCommandEntity, { id: envelope.commandId, envelope, status: OutboxStatus.Delivered, lastError: null });
  const sut = new EventConsumerProcessor(new FakeQueue().asQueue(), store.dataSource() as unknown as DataSource, handlers);
  const event = (type: string = EventType.KycProbeCompleted, failureCode?: string): ResultEvent => ({
    eventId: resultEventIdOf(envelope.commandId),
    commandId: envelope.commandId,
    type,
    correlationId: 'corr-1',
    occurredAt: new Date().toISOString(),
    payload: {},
    ...(failureCode ? { failureCode } : {}),
  });
  const command = () => store.findOneBy<OutboxCommandEntity>(OutboxCommandEntity, { id: envelope.commandId })!;
  return { store, sut, handler, event, command };
}

describe('EventConsumerProcessor', () => {
  it('applies an event delivered twice once, and closes its command both times', async () => {
    const { store, sut, handler, event, command } = setup();
    assert.equal(await sut.apply(event()), true);
    store.update(OutboxCommandEntity, {}, { status: OutboxStatus.Delivered }); // re-sent by the sweeper meanwhile
    assert.equal(await sut.apply(event()), false);
    assert.equal(handler.applied.length, 1);
    assert.equal(store.rows(ProcessedEventEntity).length, 1);
    assert.equal(command().status, OutboxStatus.Completed);
  });

  it('rolls the event id back with a failed effect, so the retry applies it', async () => {
    const { store, sut, handler, event } = setup();
    handler.failWith = new Error('deadlock');
    await assert.rejects(sut.apply(event()), /deadlock/);
    assert.equal(store.rows(ProcessedEventEntity).length, 0);
    handler.failWith = undefined;
    assert.equal(await sut.apply(event()), true);
    assert.equal(handler.applied.length, 1);
  });

  it("routes a failure event to the command's failure handler and keeps the code on the command", async () => {
    const { sut, handler, event, command } = setup();
    await sut.apply(event(failureEventOf(MessagePattern.KycProbe), 'CONFLICT'));
    assert.deepEqual(
      handler.applied.map((applied) => applied.type),
      ['kyc.cmd.probe.v1.failed'],
    );
    assert.deepEqual([command().status, command().lastError], [OutboxStatus.Completed, 'CONFLICT']);
  });

  it('marks the command FAILED with the code when its handler refuses the event (a domain error), and rethrows', async () => {
    const { store, sut, handler, event, command } = setup();
    handler.failWith = new AppException(ErrorCode.NotFound, 'Application not found');
    await assert.rejects(sut.apply(event()), { code: ErrorCode.NotFound });
    assert.deepEqual([command().status, command().lastError], [OutboxStatus.Failed, ErrorCode.NotFound]);
    assert.equal(store.rows(ProcessedEventEntity).length, 0);
  });

  it('marks the command FAILED with NO_HANDLER when no handler applies the event, leaving it unprocessed', async () => {
    const { store, sut, event, command } = setup([]);
    assert.equal(await sut.apply(event()), false);
    assert.deepEqual([command().status, command().lastError], [OutboxStatus.Failed, NO_HANDLER]);
    assert.equal(store.rows(ProcessedEventEntity).length, 0);
  });
});
