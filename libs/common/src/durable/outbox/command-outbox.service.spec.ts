import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JobName, MessagePattern, ServiceName } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { AppConfig, FeatureConfig } from '../../config/load-config.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import { FakeQueue } from '../testing/fake-queue.js';
import { InMemoryStore } from '../testing/in-memory-store.js';
import { CommandOutbox } from './command-outbox.service.js';

const config = { service: ServiceName.Gateway, COMMAND_DEADLINE_MS: 5_000 } as FeatureConfig<'durable'> & Pick<AppConfig, 'service'>;

function setup() {
  const store = new InMemoryStore([[OutboxCommandEntity, 'id']]);
  const queue = new FakeQueue();
  const sut = new CommandOutbox(config, queue.asQueue());
  return { store, queue, sut, manager: store.manager() as unknown as EntityManager };
}

describe('CommandOutbox', () => {
  it('records the command as a pending row keyed by its command id, due one deadline later', async () => {
    const { store, sut, manager } = setup();
    const envelope = await sut.record(manager, MessagePattern.KycProbe, { probeId: 'p' }, 'corr-1');
    const [row] = store.rows<OutboxCommandEntity>(OutboxCommandEntity);
    assert.equal(row!.id, envelope.commandId);
    assert.equal(row!.status, OutboxStatus.Pending);
    assert.equal(row!.envelope.sender, ServiceName.Gateway);
    assert.equal(row!.dueAt.getTime() - row!.createdAt.getTime(), 5_000);
  });

  it('derives the delivery job id from the row id and the attempt, so a repeated push of one attempt is one job', async () => {
    const { queue, sut, manager } = setup();
    const { commandId } = await sut.record(manager, MessagePattern.KycProbe, { probeId: 'p' }, 'corr-1');
    sut.deliver(commandId);
    sut.deliver(commandId);
    sut.deliver(commandId, 2);
    await Promise.resolve();
    assert.deepEqual(
      queue.added.map((job) => [job.name, job.opts.jobId, job.data]),
      [
        [JobName.Deliver, `${commandId}:0`, { commandId }],
        [JobName.Deliver, `${commandId}:0`, { commandId }],
        [JobName.Deliver, `${commandId}:2`, { commandId }],
      ],
    );
    assert.deepEqual([...queue.jobs.keys()], [`${commandId}:0`, `${commandId}:2`]);
  });

  it('refuses to record a command the catalogue does not let this service send', async () => {
    const { store, sut, manager } = setup();
    await assert.rejects(sut.record(manager, 'offer.cmd.unknown.v1', {}, 'corr-1'), /gateway is not a sender of offer\.cmd\.unknown\.v1/);
    assert.equal(store.rows(OutboxCommandEntity).length, 0);
  });
});
