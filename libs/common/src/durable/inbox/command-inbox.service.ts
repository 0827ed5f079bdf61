import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CommandEnvelope, ErrorCode, JobName, resultEventIdOf, type ResultEvent } from '@los/contracts';
import type { Queue } from 'bull';
import type { EntityManager, Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { FeatureConfig } from '../../config/load-config.js';
import { AppException } from '../../errors/app.exception.js';
import { affectedRows } from '../../persistence/affected-rows.js';
import { parseMessage } from '../../validation/parse-message.js';
import { DURABLE_JOB_DEFAULTS, WORK_QUEUE } from '../durable.constants.js';
import type { CommandOutcome } from '../durable-handler.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { InboxCommandEntity, InboxStatus } from '../entities/inbox-command.entity.js';
import { FreshEnvelopes } from '../fresh/fresh-envelopes.js';
import { EventPublisher } from './event-publisher.service.js';

export interface CommandAck {
  accepted: true;
  commandId: string;
}

/** Receiving end of a command: record once (primary key), then let a job execute it. */
@Injectable()
export class CommandInbox {
  private readonly logger = new Logger(CommandInbox.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'durable'>,
    @Inject(WORK_QUEUE) private readonly queue: Queue,
    @InjectRepository(InboxCommandEntity) private readonly inbox: Repository<InboxCommandEntity>,
    private readonly handlers: DurableHandlers,
    private readonly publisher: EventPublisher,
    private readonly fresh: FreshEnvelopes = new FreshEnvelopes(),
  ) {}

  async accept(raw: unknown): Promise<CommandAck> {
    const envelope = parseMessage(CommandEnvelope, raw);
    const handler = this.handlers.commandFor(envelope.pattern);
    if (!handler) throw new AppException(ErrorCode.ValidationFailed, `No handler for ${envelope.pattern}`);
    parseMessage(handler.payloadClass, envelope.payload);

    const now = new Date();
    const inserted = await this.inbox
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({
        id: envelope.commandId,
        pattern: envelope.pattern,
        envelope: { ...envelope },
        status: InboxStatus.Received,
        attempts: 0,
        receivedAt: now,
        dueAt: new Date(now.getTime() + this.config.COMMAND_DEADLINE_MS),
      })
      // Without it TypeORM reads the row back for its column defaults, a second round trip per command.
      .updateEntity(false)
      .execute();

    if (affectedRows(inserted.raw) === 1) {
      this.fresh.keep('received', envelope);
      this.schedule(envelope.commandId, 0);
    } else {
      await this.answerRepeat(envelope.commandId);
    }
    return { accepted: true, commandId: envelope.commandId };
  }

  /**
   * Completes a command its handler deferred (`DEFERRED_OUTCOME`), inside the caller's transaction that reaches the
   * outcome; false when it was completed before. Call `report` once that transaction has committed (a lost report is
   * sent again when the sender re-sends the command).
   */
  async complete(manager: EntityManager, commandId: string, outcome: CommandOutcome): Promise<boolean> {
    const command = await manager.findOneBy(InboxCommandEntity, { id: commandId });
    if (!command || command.status !== InboxStatus.Received) return false;
    const event: ResultEvent = {
      eventId: resultEventIdOf(commandId),
      commandId,
      type: outcome.type,
      correlationId: command.envelope.correlationId,
      occurredAt: new Date().toISOString(),
      payload: outcome.payload,
      ...(outcome.failureCode ? { failureCode: outcome.failureCode } : {}),
    };
    const done = await manager.update(
      InboxCommandEntity,
      { id: commandId, status: InboxStatus.Received },
      { status: InboxStatus.Done, result: event, completedAt: new Date() },
    );
    return done.affected === 1;
  }

  /** Sends a completed command's stored result to its sender (again: the event id makes repeats harmless). */
  async report(commandId: string): Promise<void> {
    const command = await this.inbox.findOneBy({ id: commandId });
    if (command?.status === InboxStatus.Done && command.result) await this.publisher.publish(command.envelope.sender, command.result);
  }

  schedule(commandId: string, attempt: number): void {
    this.queue
      .add(JobName.Execute, { commandId }, { ...DURABLE_JOB_DEFAULTS, jobId: executionJobId(commandId, attempt) })
      .catch((error: Error) => this.logger.warn({ commandId, error: error.message }, 'Execution deferred to the sweeper'));
  }

  /**
   * Whether the command's execution job for this attempt is still queued, waiting for a retry or running. A job that
   * failed for good, finished (a deferred command stays open) or vanished with Redis is not; neither is one that
   * cannot be looked up (Redis away), so that the sweeper's re-drive goes ahead as it would without the check.
   */
  async inHand(commandId: string, attempts: number): Promise<boolean> {
    try {
      const job = await this.queue.getJob(executionJobId(commandId, attempts));
      return job !== null && IN_HAND.has(await job.getState());
    } catch {
      return false;
    }
  }

  /**
   * A sender asking again (its deadline passed, or an operator re-drove it) gets the stored result
   * re-sent. A command not finished yet gets its execution job back when that job was lost (with Redis)
   * or gave up (retries exhausted); a job still running is left to its worker, or to Bull's stall check
   * if that worker died. Every replica receives every message: the job id keeps it to one execution.
   */
  private async answerRepeat(commandId: string): Promise<void> {
    const existing = await this.inbox.findOneBy({ id: commandId });
    if (existing?.status === InboxStatus.Done && existing.result) {
      await this.publisher.publish(existing.envelope.sender, existing.result);
    } else if (existing?.status === InboxStatus.Received) {
      const job = await this.queue.getJob(executionJobId(commandId, existing.attempts));
      if (!job) {
        this.schedule(commandId, existing.attempts);
      } else if (await job.isFailed()) {
        // Another replica may have retried it first; then this one has nothing to do.
        await job.retry().catch(() => undefined);
      }
    }
  }
}

const IN_HAND = new Set(['waiting', 'paused', 'delayed', 'active']);

const executionJobId = (commandId: string, attempt: number) => `${commandId}:${attempt}`;
