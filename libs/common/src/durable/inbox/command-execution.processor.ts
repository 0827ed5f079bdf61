import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
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
import { EventPublisher } from './event-publisher.service.js';

/** Executes recorded commands; the first completion is stored and is the only result ever reported. */
@Injectable()
export class CommandExecutionProcessor implements OnModuleInit {
  private readonly logger = new Logger(CommandExecutionProcessor.name);

  constructor(
    @Inject(WORK_QUEUE) private readonly queue: Queue,
    @InjectRepository(InboxCommandEntity) private readonly inbox: Repository<InboxCommandEntity>,
    private readonly handlers: DurableHandlers,
    private readonly publisher: EventPublisher,
  ) {}

  onModuleInit(): void {
    void this.queue.process(JobName.Execute, 8, (job: Job<{ commandId: string }>) =>
      discardingDomainErrors(job, this.logger, () => this.execute(job.data.commandId)),
    );
  }

  async execute(commandId: string): Promise<void> {
    const command = await this.inbox.findOneBy({ id: commandId });
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
