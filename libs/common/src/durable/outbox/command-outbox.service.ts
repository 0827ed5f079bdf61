import { Inject, Injectable, Logger } from '@nestjs/common';
import { DURABLE_COMMANDS, JobName, type CommandEnvelope } from '@los/contracts';
import type { Queue } from 'bull';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { AppConfig, FeatureConfig } from '../../config/load-config.js';
import { DURABLE_JOB_DEFAULTS, OUTBOX_QUEUE, redriveDelay } from '../durable.constants.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import { FreshEnvelopes } from '../fresh/fresh-envelopes.js';

/** Records commands for other services and hands them to the delivery queue. */
@Injectable()
export class CommandOutbox {
  private readonly logger = new Logger(CommandOutbox.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'durable'> & Pick<AppConfig, 'service'>,
    @Inject(OUTBOX_QUEUE) private readonly queue: Queue,
    private readonly fresh: FreshEnvelopes = new FreshEnvelopes(),
  ) {}

  /** Writes the command inside the caller's transaction; call `deliver` once it has committed. */
  async record<P extends object>(manager: EntityManager, pattern: string, payload: P, correlationId: string) {
    if (!DURABLE_COMMANDS[pattern]?.senders.includes(this.config.service)) {
      throw new Error(`${this.config.service} is not a sender of ${pattern} in the durable command catalogue`);
    }
    const now = new Date();
    const envelope: CommandEnvelope<P> = {
      commandId: randomUUID(),
      pattern,
      sender: this.config.service,
      correlationId,
      issuedAt: now.toISOString(),
      payload,
    };
    await manager.insert(OutboxCommandEntity, {
      id: envelope.commandId,
      pattern,
      envelope,
      status: OutboxStatus.Pending,
      attempts: 0,
      createdAt: now,
      dueAt: new Date(now.getTime() + this.config.COMMAND_DEADLINE_MS),
    });
    return envelope;
  }

  /**
   * Hands a command recorded by this process to the delivery queue once its transaction has committed; its delivery job,
   * if it runs here, sends the envelope without reading the row back.
   */
  deliverRecorded(envelope: CommandEnvelope): void {
    this.fresh.keep('sent', envelope);
    this.deliver(envelope.commandId);
  }

  /** Best effort: if Redis is away the sweeper delivers the recorded command later. */
  deliver(commandId: string, attempt = 0): void {
    this.queue
      .add(JobName.Deliver, { commandId }, { ...DURABLE_JOB_DEFAULTS, jobId: `${commandId}:${attempt}` })
      .catch((error: Error) => this.logger.warn({ commandId, error: error.message }, 'Delivery deferred to the sweeper'));
  }

  /**
   * Claims an operator's re-drive of a still-open command seen with `attempts`, inside the caller's
   * transaction, with the sweeper's attempts guard: of concurrent claims (re-drives or sweeps) one wins.
   * Call `deliver(commandId, attempts + 1)` once it has committed.
   */
  async claimRedrive(manager: EntityManager, commandId: string, attempts: number): Promise<boolean> {
    const attempt = attempts + 1;
    const claimed = await manager.update(
      OutboxCommandEntity,
      { id: commandId, attempts, status: In([OutboxStatus.Pending, OutboxStatus.Delivered]) },
      { attempts: attempt, dueAt: new Date(Date.now() + redriveDelay(this.config.COMMAND_DEADLINE_MS, attempt)) },
    );
    return claimed.affected === 1;
  }
}
