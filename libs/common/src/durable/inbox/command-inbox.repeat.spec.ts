import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KycProbeCommand, MessagePattern, ServiceName, type CommandEnvelope, type ResultEvent } from '@los/contracts';
import type { Queue } from 'bull';
import type { Repository } from 'typeorm';
import type { FeatureConfig } from '../../config/load-config.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { InboxStatus, type InboxCommandEntity } from '../entities/inbox-command.entity.js';
import { CommandInbox } from './command-inbox.service.js';
import type { EventPublisher } from './event-publisher.service.js';

const envelope: CommandEnvelope = {
  commandId: '5b0c0f9e-7d2a-4a51-9a0e-2c1d3e4f5a6b',
  pattern: MessagePattern.KycProbe,
  sender: ServiceName.Gateway,
  correlationId: 'req-1',
  issuedAt: '2026-03-01T12:00:00.000Z',
  payload: { probeId: '0d6c2f1a-9b8e-4c7d-8e6f-5a4b3c2d1e0f' },
};

type JobState = 'failed' | 'active' | 'waiting' | 'delayed' | 'completed';

/** An inbox table of one row (the primary key honoured on insert) and a work queue holding at most one job. */
function setup(row: Partial<InboxCommandEntity> | null, existingJob?: { id: string; state: JobState }) {
  let stored = row ? ({ id: envelope.commandId, envelope, attempts: 0, ...row } as InboxCommandEntity) : null;
  const inbox = {
    createQueryBuilder: () => {
      const chain = {
        insert: () => chain,
        orIgnore: () => chain,
        updateEntity: () => chain,
        values: (values: InboxCommandEntity) => {
          chain.execute = async () => {
            if (stored) return { raw: { affectedRows: 0 } };
            stored = { ...values };
            return { raw: { affectedRows: 1 } };
          };
          return chain;
        },
        execute: async () => ({}),
      };
      return chain;
    },
    findOneBy: async () => (stored ? { ...stored } : null),
  } as unknown as Repository<InboxCommandEntity>;
  const jobs: string[] = [];
  const retried: string[] = [];
  const queue = {
    add: async (_name: string, _data: unknown, options: { jobId: string }) => jobs.push(options.jobId),
    getJob: async (id: string) =>
      existingJob?.id === id
        ? {
            isFailed: async () => existingJob.state === 'failed',
            getState: async () => existingJob.state,
            retry: async () => void retried.push(id),
          }
        : null,
  } as unknown as Queue;
  const published: ResultEvent[] = [];
  const publisher = { publish: async (_to: ServiceName, event: ResultEvent) => published.push(event) } as unknown as EventPublisher;
  const handlers = new DurableHandlers();
  handlers.load({
    commands: [[envelope.pattern, { payloadClass: KycProbeCommand, execute: async () => ({ type: 'x', payload: {} }) }]],
    events: [],
  });
  const config = { COMMAND_DEADLINE_MS: 10_000 } as FeatureConfig<'durable'>;
  const sut = new CommandInbox(config, queue, inbox, handlers, publisher);
  return { sut, jobs, retried, published, row: () => stored };
}

describe('receiving a command again', () => {
  it('records a new command and schedules its execution', async () => {
    const { sut, jobs, row } = setup(null);
    await sut.accept(envelope);
    assert.deepEqual(jobs, [`${envelope.commandId}:0`]);
    assert.equal(row()?.status, InboxStatus.Received);
  });

  it('gives a repeated unfinished command its execution job back when Redis lost it', async () => {
    const { sut, jobs } = setup({ status: InboxStatus.Received, attempts: 2 });
    await Promise.all([sut.accept(envelope), sut.accept(envelope)]);
    // The sweeper's job id for the current attempt: Bull keeps one job per id.
    assert.deepEqual(jobs, [`${envelope.commandId}:2`, `${envelope.commandId}:2`]);
  });

  it('retries the execution job of a repeated unfinished command once that job gave up', async () => {
    const { sut, jobs, retried } = setup({ status: InboxStatus.Received, attempts: 1 }, { id: `${envelope.commandId}:1`, state: 'failed' });
    await sut.accept(envelope);
    assert.deepEqual([jobs, retried], [[], [`${envelope.commandId}:1`]]);
  });

  it('leaves a job still running to its worker', async () => {
    const { sut, jobs, retried } = setup({ status: InboxStatus.Received, attempts: 0 }, { id: `${envelope.commandId}:0`, state: 'active' });
    await sut.accept(envelope);
    assert.deepEqual([jobs, retried], [[], []]);
  });

  it('answers a repeated finished command with its stored result and runs nothing', async () => {
    const result = { eventId: 'e-1', commandId: envelope.commandId } as ResultEvent;
    const { sut, jobs, published } = setup({ status: InboxStatus.Done, result });
    await sut.accept(envelope);
    assert.deepEqual(published, [result]);
    assert.deepEqual(jobs, []);
  });
});

describe('whether a command is still in hand', () => {
  const jobId = `${envelope.commandId}:1`;
  const inHand = (state?: JobState) =>
    setup({ status: InboxStatus.Received, attempts: 1 }, state && { id: jobId, state }).sut.inHand(envelope.commandId, 1);

  it('is while its job for this attempt waits, waits for a retry or runs', async () => {
    assert.deepEqual(await Promise.all([inHand('waiting'), inHand('delayed'), inHand('active')]), [true, true, true]);
  });

  it('is not once that job gave up, finished or vanished with Redis', async () => {
    assert.deepEqual(await Promise.all([inHand('failed'), inHand('completed'), inHand()]), [false, false, false]);
  });

  it('is not when Redis cannot be asked, so that the re-drive goes ahead', async () => {
    const { sut } = setup({ status: InboxStatus.Received, attempts: 1 });
    (sut as unknown as { queue: Queue }).queue.getJob = () => Promise.reject(new Error('Connection is closed.'));
    assert.equal(await sut.inHand(envelope.commandId, 1), false);
  });
});
