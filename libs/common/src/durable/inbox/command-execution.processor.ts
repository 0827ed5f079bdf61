import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { FeatureConfig } from '../../config/load-config.js';
import { failureEventOf, JobName, resultEventIdOf, type CommandEnvelope, type ResultEvent } from '@los/contracts';
import type { Job, Queue } from 'bull';
import type { Repository } from 'typeorm';
import { AppException } from '../../errors/app.exception.js';
import { parseMessage } from '../../validation/parse-message.js';
import { WORK_QUEUE } from '../durable.constants.js';
import { DEFERRED_OUTCOME, type CommandOutcome } from '../durable-handler.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { InboxCommandEntity, InboxStatus } from '../entities/inbox-command.entity.js';
import { discardingDomainErrors } from '../job-runner.js';
import { FreshEnvelopes } from '../fresh/fresh-envelopes.js';
import { EventPublisher } from './event-publisher.service.js';

const DEFAULT_EXECUTION_CONCURRENCY = 16;

/** Executes recorded commands; the first completion is stored and is the only result ever reported. */
@Injectable()
export class CommandExecutionProcessor implements OnModuleInit {
  private readonly logger = new Logger(CommandExecutionProcessor.name);

  constructor(
    @Inject(WORK_QUEUE) private readonly queue: Queue,
    @InjectRepository(InboxCommandEntity) private readonly inbox: Repository<InboxCommandEntity>,
    private readonly handlers: DurableHandlers,
    private readonly publisher: EventPublisher,
    @Inject(APP_CONFIG) private readonly config?: Pick<FeatureConfig<'durable'>, 'COMMAND_EXECUTION_CONCURRENCY'>,
    private readonly fresh: FreshEnvelopes = new FreshEnvelopes(),
  ) {}

  /**
   * A command mostly waits (on partners, the databases): with fewer slots than commands in flight, the rest queued behind
   * the running ones (8 slots doubled the time of 16 offer computations in flight).
   */
  onModuleInit(): void {
    const concurrency = this.config?.COMMAND_EXECUTION_CONCURRENCY ?? DEFAULT_EXECUTION_CONCURRENCY;
    void this.queue.process(JobName.Execute, concurrency, (job: Job<{ commandId: string }>) =>
      discardingDomainErrors(job, this.logger, () => this.execute(job.data.commandId, job.attemptsMade === 0)),
    );
  }

  /**
   * `firstRun`: this job's first attempt. A command this process accepted a moment ago then runs from the envelope
   * `accept` kept, not from a read of the row it wrote (still RECEIVED: only this job executes it).
   */
  async execute(commandId: string, firstRun = false): Promise<void> {
    const fresh = this.fresh.take('received', commandId);
    const command = fresh && firstRun ? receivedRow(fresh) : await this.inbox.findOneBy({ id: commandId });
    if (!command) return;
    const envelope = command.envelope;
    let stored = command.result;
    if (command.status !== InboxStatus.Done) {
      const outcome = await this.run(envelope);
      if (outcome === DEFERRED_OUTCOME) {
        this.logger.debug({ commandId, correlationId: envelope.correlationId }, 'Command open until its outcome');
        return;
      }
      const event: ResultEvent = {
        eventId: resultEventIdOf(commandId),
        commandId,
        type: outcome.type,
        correlationId: envelope.correlationId,
        occurredAt: new Date().toISOString(),
        payload: outcome.payload,
        ...(outcome.failureCode ? { failureCode: outcome.failureCode } : {}),
      };
      const done = await this.inbox.update(
        { id: commandId, status: InboxStatus.Received },
        { status: InboxStatus.Done, result: event, completedAt: new Date() },
      );
      // Another run completed it first: its result is the one reported.
      stored = done.affected === 1 ? event : (await this.inbox.findOneByOrFail({ id: commandId })).result;
    }
    await this.publisher.publish(envelope.sender, stored!);
    this.logger.debug({ commandId, correlationId: envelope.correlationId }, 'Command executed');
  }

  /** Domain errors (4xx) are final and reported as a failed outcome; anything else is retried. */
  private async run(envelope: CommandEnvelope): Promise<CommandOutcome | typeof DEFERRED_OUTCOME> {
    const handler = this.handlers.commandFor(envelope.pattern);
    if (!handler) throw new Error(`No handler for ${envelope.pattern}`);
    try {
      return await handler.execute(parseMessage(handler.payloadClass, envelope.payload), envelope);
    } catch (error) {
      if (error instanceof AppException && error.statusCode < 500) {
        return { type: failureEventOf(envelope.pattern), payload: { message: error.message }, failureCode: error.code };
      }
      throw error;
    }
  }
}

const receivedRow = (envelope: CommandEnvelope): Pick<InboxCommandEntity, 'envelope' | 'status' | 'result'> => ({
  envelope,
  status: InboxStatus.Received,
  result: null,
});
