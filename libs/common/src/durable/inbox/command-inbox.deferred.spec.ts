import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventType, MessagePattern, resultEventIdOf, ServiceName } from '@los/contracts';
import type { EntityManager, Repository } from 'typeorm';
import { DEFERRED_OUTCOME, type CommandOutcome } from '../durable-handler.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { InboxCommandEntity, InboxStatus } from '../entities/inbox-command.entity.js';
import { probeEnvelope, RecordingPublisher, ScriptedCommandHandler } from '../testing/durable-fixtures.js';
import { FakeQueue } from '../testing/fake-queue.js';
import { InMemoryStore } from '../testing/in-memory-store.js';
import { CommandExecutionProcessor } from './command-execution.processor.js';
import { CommandInbox } from './command-inbox.service.js';
import type { EventPublisher } from './event-publisher.service.js';

function setup() {
  const store = new InMemoryStore([[InboxCommandEntity, 'id']]);
  const publisher = new RecordingPublisher();
  const handler = new ScriptedCommandHandler(() => Promise.resolve(DEFERRED_OUTCOME as unknown as CommandOutcome));
  const handlers = new DurableHandlers();
  handlers.load({ commands: [[MessagePattern.KycProbe, handler]], events: [] });
  const envelope = probeEnvelope();
  store.insert(InboxCommandEntity, { id: envelope.commandId, pattern: envelope.pattern, envelope, status: InboxStatus.Received });
  const inboxRows = store.repository(InboxCommandEntity) as unknown as Repository<InboxCommandEntity>;
  const queue = new FakeQueue().asQueue();
  const processor = new CommandExecutionProcessor(queue, inboxRows, handlers, publisher as unknown as EventPublisher);
  const inbox = new CommandInbox(
    { COMMAND_DEADLINE_MS: 30_000 } as never,
    queue,
    inboxRows,
    handlers,
    publisher as unknown as EventPublisher,
  );
  const row = () => store.findOneBy<InboxCommandEntity>(InboxCommandEntity, { id: envelope.commandId })!;
  return { store, processor, inbox, handler, publisher, envelope, row };
}

const OUTCOME: CommandOutcome = { type: EventType.KycProbeCompleted, payload: { paid: true } };

describe('a deferred command', () => {
  it('stays open and reports nothing while its handler defers it; each run executes the handler again', async () => {
    const { processor, handler, publisher, envelope, row } = setup();
    await processor.execute(envelope.commandId);
    await processor.execute(envelope.commandId);
    assert.deepEqual([handler.runs, row().status, row().result ?? null, publisher.published.length], [2, InboxStatus.Received, null, 0]);
  });

  it('is completed once by the service, in its transaction, and its stored result reported (again on request)', async () => {
    const { store, processor, inbox, handler, publisher, envelope, row } = setup();
    const manager = store.manager() as unknown as EntityManager;
    assert.equal(await inbox.complete(manager, envelope.commandId, OUTCOME), true);
    assert.equal(await inbox.complete(manager, envelope.commandId, { ...OUTCOME, payload: { paid: false } }), false);
    assert.deepEqual(
      [row().status, row().result?.eventId, row().result?.payload],
      [InboxStatus.Done, resultEventIdOf(envelope.commandId), { paid: true }],
    );
    await inbox.report(envelope.commandId);
    await processor.execute(envelope.commandId);
    assert.equal(handler.runs, 0, 'a completed command is not executed again');
    assert.deepEqual(
      publisher.published.map(([to, event]) => [to, event.type, event.payload]),
      [
        [ServiceName.Gateway, EventType.KycProbeCompleted, { paid: true }],
        [ServiceName.Gateway, EventType.KycProbeCompleted, { paid: true }],
      ],
    );
  });
});
