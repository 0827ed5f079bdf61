import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, EventType, failureEventOf, MessagePattern, resultEventIdOf, ServiceName } from '@los/contracts';
import type { Repository } from 'typeorm';
import { AppException } from '../../errors/app.exception.js';
import type { CommandOutcome } from '../durable-handler.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { InboxCommandEntity, InboxStatus } from '../entities/inbox-command.entity.js';
import { probeEnvelope, RecordingPublisher, ScriptedCommandHandler } from '../testing/durable-fixtures.js';
import { FakeQueue } from '../testing/fake-queue.js';
import { InMemoryStore } from '../testing/in-memory-store.js';
import { FreshEnvelopes } from '../fresh/fresh-envelopes.js';
import { CommandExecutionProcessor } from './command-execution.processor.js';
import type { EventPublisher } from './event-publisher.service.js';

function setup(script: () => Promise<CommandOutcome>) {
  const store = new InMemoryStore([[InboxCommandEntity, 'id']]);
  const publisher = new RecordingPublisher();
  const handler = new ScriptedCommandHandler(script);
  const handlers = new DurableHandlers();
  handlers.load({ commands: [[MessagePattern.KycProbe, handler]], events: [] });
  const envelope = probeEnvelope();
  store.insert(InboxCommandEntity, { id: envelope.commandId, pattern: envelope.pattern, envelope, status: InboxStatus.Received });
  const repository = store.repository(InboxCommandEntity);
  let reads = 0;
  const counted = { ...repository, findOneBy: (where: object) => (reads++, repository.findOneBy(where)) };
  const fresh = new FreshEnvelopes();
  const sut = new CommandExecutionProcessor(
    new FakeQueue().asQueue(),
    counted as unknown as Repository<InboxCommandEntity>,
    handlers,
    publisher as unknown as EventPublisher,
    undefined,
    fresh,
  );
  const row = () => store.findOneBy<InboxCommandEntity>(InboxCommandEntity, { id: envelope.commandId })!;
  return { sut, handler, publisher, envelope, row, fresh, reads: () => reads };
}

describe('CommandExecutionProcessor', () => {
  it('stores the first outcome and reports it to the sender; a second run re-sends it without executing again', async () => {
    const { sut, handler, publisher, envelope, row } = setup(() =>
      Promise.resolve({ type: EventType.KycProbeCompleted, payload: { n: 1 } }),
    );
    await sut.execute(envelope.commandId);
    await sut.execute(envelope.commandId);
    assert.equal(handler.runs, 1);
    assert.equal(row().status, InboxStatus.Done);
    assert.deepEqual(
      publisher.published.map(([to, event]) => [to, event.eventId, event.type]),
      [
        [ServiceName.Gateway, resultEventIdOf(envelope.commandId), EventType.KycProbeCompleted],
        [ServiceName.Gateway, resultEventIdOf(envelope.commandId), EventType.KycProbeCompleted],
      ],
    );
  });

  it("reports a domain refusal as the command's failure event, with the error code", async () => {
    const { sut, publisher, envelope, row } = setup(() => Promise.reject(new AppException(ErrorCode.Conflict, 'Not the accepted offer')));
    await sut.execute(envelope.commandId);
    assert.equal(publisher.published.length, 1);
    const [to, event] = publisher.published[0]!;
    assert.deepEqual(
      [to, event.type, event.failureCode, event.payload],
      [ServiceName.Gateway, failureEventOf(MessagePattern.KycProbe), ErrorCode.Conflict, { message: 'Not the accepted offer' }],
    );
    assert.equal(row().result?.type, 'kyc.cmd.probe.v1.failed');
  });

  it('leaves the command open and reports nothing when the failure may pass (retried)', async () => {
    const { sut, publisher, envelope, row } = setup(() => Promise.reject(new AppException(ErrorCode.UpstreamUnavailable, 'down')));
    await assert.rejects(sut.execute(envelope.commandId), { code: ErrorCode.UpstreamUnavailable });
    assert.deepEqual([row().status, publisher.published.length], [InboxStatus.Received, 0]);
  });

  it('runs a command accepted here a moment ago from the kept envelope, without reading its row, and only on a first run', async () => {
    const { sut, handler, publisher, envelope, row, fresh, reads } = setup(() =>
      Promise.resolve({ type: EventType.KycProbeCompleted, payload: { n: 1 } }),
    );
    fresh.keep('received', envelope);
    await sut.execute(envelope.commandId, true);
    assert.deepEqual([reads(), handler.runs, row().status, publisher.published.length], [0, 1, InboxStatus.Done, 1]);
    // A later run (a stalled or re-driven job) reads the row: done, so its stored result is re-sent, not executed again.
    await sut.execute(envelope.commandId, true);
    assert.deepEqual([reads(), handler.runs, publisher.published.length], [1, 1, 2]);
  });

  it('reads the row on a retry, even with an envelope kept', async () => {
    const { sut, handler, envelope, fresh, reads } = setup(() => Promise.resolve({ type: EventType.KycProbeCompleted, payload: {} }));
    fresh.keep('received', envelope);
    await sut.execute(envelope.commandId, false);
    assert.deepEqual([reads(), handler.runs], [1, 1]);
  });
});
