import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KycProbeCommand, MessagePattern, ServiceName, type CommandEnvelope, type ResultEvent } from '@los/contracts';
import type { Queue } from 'bull';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../../config/load-config.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { InboxStatus, type InboxCommandEntity } from '../entities/inbox-command.entity.js';
import { CommandInbox } from './command-inbox.service.js';
import type { EventPublisher } from './event-publisher.service.js';

const DEADLINE_MS = 10_000;
const envelope: CommandEnvelope = {
  commandId: '5b0c0f9e-7d2a-4a51-9a0e-2c1d3e4f5a6b',
  pattern: MessagePattern.KycProbe,
  sender: ServiceName.Gateway,
  correlationId: 'req-1',
  issuedAt: '2026-03-01T12:00:00.000Z',
  payload: { probeId: '0d6c2f1a-9b8e-4c7d-8e6f-5a4b3c2d1e0f' },
};

/** An inbox table of one row, honouring the primary key on insert and the where clause on update. */
function setup(row: Partial<InboxCommandEntity> | null) {
  let stored = row ? ({ id: envelope.commandId, envelope, attempts: 0, ...row } as InboxCommandEntity) : null;
  const inbox = {
    createQueryBuilder: () => {
      const chain = {
        insert: () => chain,
        orIgnore: () => chain,
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
    update: async (where: Partial<InboxCommandEntity>, set: Partial<InboxCommandEntity>) => {
      const matches = stored && Object.entries(where).every(([key, value]) => stored![key as keyof InboxCommandEntity] === value);
      if (matches) stored = { ...stored!, ...set };
      return { affected: matches ? 1 : 0 };
    },
  } as unknown as Repository<InboxCommandEntity>;
  const jobs: string[] = [];
  const queue = { add: async (_name: string, _data: unknown, options: { jobId: string }) => jobs.push(options.jobId) } as unknown as Queue;
  const published: ResultEvent[] = [];
  const publisher = { publish: async (_to: ServiceName, event: ResultEvent) => published.push(event) } as unknown as EventPublisher;
  const handlers = new DurableHandlers();
  handlers.registerCommand({ pattern: envelope.pattern, payloadClass: KycProbeCommand, execute: async () => ({ type: 'x', payload: {} }) });
  const config = { COMMAND_DEADLINE_MS: DEADLINE_MS } as AppConfig;
  const sut = new CommandInbox(config, queue, inbox, handlers, publisher);
  return { sut, jobs, published, row: () => stored };
}

describe('receiving a command', () => {
  it('records a new command and schedules its execution', async () => {
    const { sut, jobs, row } = setup(null);
    await sut.accept(envelope);
    assert.deepEqual(jobs, [`${envelope.commandId}:0`]);
    assert.equal(row()?.status, InboxStatus.Received);
  });

  it('executes a repeated command that is still RECEIVED again, once per claimed attempt', async () => {
    const { sut, jobs, row } = setup({ status: InboxStatus.Received, attempts: 2, dueAt: new Date(0) });
    const before = Date.now();
    await Promise.all([sut.accept(envelope), sut.accept(envelope)]);
    // Both repeats read attempts 2: the guard lets one claim attempt 3.
    assert.deepEqual(jobs, [`${envelope.commandId}:3`]);
    assert.equal(row()?.attempts, 3);
    assert.ok(row()!.dueAt.getTime() >= before + 4 * DEADLINE_MS, 'the next sweep moves out');
    await sut.accept(envelope);
    assert.deepEqual(jobs, [`${envelope.commandId}:3`, `${envelope.commandId}:4`]);
  });

  it('answers a repeated finished command with its stored result and runs nothing', async () => {
    const result = { eventId: 'e-1', commandId: envelope.commandId } as ResultEvent;
    const { sut, jobs, published } = setup({ status: InboxStatus.Done, result });
    await sut.accept(envelope);
    assert.deepEqual(published, [result]);
    assert.deepEqual(jobs, []);
  });
});
