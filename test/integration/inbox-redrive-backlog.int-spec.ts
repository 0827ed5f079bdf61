import 'reflect-metadata';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Bull from 'bull';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import {
  CreateDurableTables1764000000000,
  DURABLE_ENTITIES,
  DurableHandlers,
  InboxCommandEntity,
  InboxStatus,
  mysqlConnectionOptions,
  type FeatureConfig,
} from '@los/common';
import { EventType, JobName } from '@los/contracts';
import { CommandInbox } from '../../libs/common/src/durable/inbox/command-inbox.service.js';
import type { EventPublisher } from '../../libs/common/src/durable/inbox/event-publisher.service.js';
import { InboxSweeper } from '../../libs/common/src/durable/inbox/inbox-sweeper.service.js';
import { probeEnvelope, RecordingPublisher, ScriptedCommandHandler } from '../../libs/common/src/durable/testing/durable-fixtures.js';
import { sharedInfra } from '../support/test-infra.js';

/**
 * The inbox sweeper against real Bull states and the real inbox table: a command still waiting behind a backlog keeps
 * its one job however often its deadline passes; one whose job gave up or vanished with Redis gets a new one.
 */
describe('inbox sweeper: a backlog is not multiplied by its own re-drives', () => {
  const DB = `t_inbox_backlog_${process.pid}`;
  const config = { COMMAND_DEADLINE_MS: 60_000, SWEEP_INTERVAL_MS: 60_000 } as FeatureConfig<'durable'>;
  let dataSource: DataSource;
  let queue: Bull.Queue;
  let inbox: CommandInbox;
  let sweeper: InboxSweeper;

  before(async () => {
    const server = await createConnection(sharedInfra().mysqlUrl);
    await server.query(`CREATE DATABASE \`${DB}\``);
    await server.end();
    dataSource = new DataSource({
      ...mysqlConnectionOptions(`${sharedInfra().mysqlUrl}/${DB}`),
      entities: DURABLE_ENTITIES,
      migrations: [CreateDurableTables1764000000000],
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    queue = new Bull(`t-inbox-backlog-${process.pid}`, sharedInfra().redisUrl);
    const handlers = new DurableHandlers();
    const handler = new ScriptedCommandHandler(() => Promise.resolve({ type: EventType.KycProbeCompleted, payload: {} }));
    handlers.load({ commands: [[probeEnvelope().pattern, handler]], events: [] });
    const rows = dataSource.getRepository(InboxCommandEntity);
    inbox = new CommandInbox(config, queue, rows, handlers, new RecordingPublisher() as unknown as EventPublisher);
    sweeper = new InboxSweeper(config, rows, inbox);
  });
  after(async () => {
    await queue?.obliterate({ force: true });
    await queue?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    const server = await createConnection(sharedInfra().mysqlUrl);
    await server.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await server.end();
  });

  const sweep = () => (sweeper as unknown as { runOnce(): Promise<void> }).runOnce();
  const row = (id: string) => dataSource.getRepository(InboxCommandEntity).findOneByOrFail({ id });
  const overdue = (id: string) => dataSource.getRepository(InboxCommandEntity).update({ id }, { dueAt: new Date(Date.now() - 1_000) });
  const jobIds = async () => (await queue.getJobs(['waiting', 'delayed', 'active', 'failed'])).map((job) => String(job.id)).sort();

  it('keeps one job for a command still waiting in the queue, past its deadline twice', async () => {
    const envelope = probeEnvelope();
    await inbox.accept(envelope);
    await waitUntil(async () => (await jobIds()).length === 1);
    for (const _pass of [1, 2]) {
      await overdue(envelope.commandId);
      await sweep();
    }
    assert.deepEqual(await jobIds(), [`${envelope.commandId}:0`]);
    const command = await row(envelope.commandId);
    assert.deepEqual([command.status, command.attempts], [InboxStatus.Received, 0]);
    assert.ok(command.dueAt.getTime() > Date.now(), 'its deadline moved out');
    await queue.empty();
  });

  it('gives a command a new job once its job gave up, and once Redis lost it', async () => {
    // A worker whose every attempt fails for good, stopped once it has failed the first job.
    void queue.process(JobName.Execute, (job) => {
      job.discard();
      return Promise.reject(new Error('every attempt failed'));
    });
    const envelope = probeEnvelope();
    await inbox.accept(envelope);
    await waitUntil(async () => (await queue.getFailedCount()) === 1);
    await queue.pause(true);
    await overdue(envelope.commandId);
    await sweep();
    await waitUntil(async () => (await jobIds()).length === 2);
    assert.deepEqual(await jobIds(), [`${envelope.commandId}:0`, `${envelope.commandId}:1`]);
    assert.equal((await row(envelope.commandId)).attempts, 1);

    await (await queue.getJob(`${envelope.commandId}:1`))!.remove();
    await overdue(envelope.commandId);
    await sweep();
    await waitUntil(async () => (await jobIds()).includes(`${envelope.commandId}:2`));
    assert.equal((await row(envelope.commandId)).attempts, 2);
    assert.equal((await queue.getJob(`${envelope.commandId}:2`))!.name, JobName.Execute);
  });
});

/** Jobs are added and failed in the background: the test waits for them (no timing is asserted). */
async function waitUntil(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  assert.ok(await done(), 'the queue reached the expected state');
}
