import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, EventType, JobName, MessagePattern, ServiceName } from '@los/contracts';
import type { Repository } from 'typeorm';
import type { AppConfig, FeatureConfig } from '../../config/load-config.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { InboxCommandEntity, InboxStatus } from '../entities/inbox-command.entity.js';
import { probeEnvelope, RecordingPublisher, ScriptedCommandHandler } from '../testing/durable-fixtures.js';
import { FakeQueue } from '../testing/fake-queue.js';
import { InMemoryStore } from '../testing/in-memory-store.js';
import { CommandInbox } from './command-inbox.service.js';
import type { EventPublisher } from './event-publisher.service.js';

function setup() {
  const store = new InMemoryStore([[InboxCommandEntity, 'id']]);
  const queue = new FakeQueue();
  const publisher = new RecordingPublisher();
  const handlers = new DurableHandlers();
  const handler = new ScriptedCommandHandler(() => Promise.resolve({ type: EventType.KycProbeCompleted, payload: {} }));
  handlers.load({ commands: [[MessagePattern.KycProbe, handler]], events: [] });
  const sut = new CommandInbox(
    { service: ServiceName.Kyc, COMMAND_DEADLINE_MS: 5_000 } as FeatureConfig<'durable'> & Pick<AppConfig, 'service'>,
    queue.asQueue(),
    store.repository(InboxCommandEntity) as unknown as Repository<InboxCommandEntity>,
    handlers,
    publisher as unknown as EventPublisher,
  );
  return { store, queue, publisher, sut };
}

describe('CommandInbox', () => {
  it('records a command received twice once, and schedules its execution once', async () => {
    const { store, queue, sut } = setup();
    const envelope = probeEnvelope();
    const acks = [await sut.accept(envelope), await sut.accept(envelope)];
    assert.deepEqual(acks, [
      { accepted: true, commandId: envelope.commandId },
      { accepted: true, commandId: envelope.commandId },
    ]);
    assert.equal(store.rows(InboxCommandEntity).length, 1);
    assert.deepEqual(
      queue.added.map((job) => [job.name, job.opts.jobId]),
      [[JobName.Execute, `${envelope.commandId}:0`]],
    );
  });

  it('answers a command received again after it finished with its stored result, without running it again', async () => {
    const { store, queue, publisher, sut } = setup();
    const envelope = probeEnvelope();
    await sut.accept(envelope);
    const result = { eventId: `${envelope.commandId}:result`, type: EventType.KycProbeCompleted } as never;
    store.update(InboxCommandEntity, { id: envelope.commandId }, { status: InboxStatus.Done, result });
    await sut.accept(envelope);
    assert.deepEqual(publisher.published, [[ServiceName.Gateway, result]]);
    assert.equal(queue.added.length, 1);
  });

  it('refuses a command it has no handler for, recording nothing', async () => {
    const { store, queue, sut } = setup();
    await assert.rejects(sut.accept({ ...probeEnvelope(), pattern: 'kyc.cmd.unknown.v1' }), { code: ErrorCode.ValidationFailed });
    assert.deepEqual([store.rows(InboxCommandEntity).length, queue.added.length], [0, 0]);
  });
});
