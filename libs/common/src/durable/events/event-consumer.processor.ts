import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, ResultEvent } from '@los/contracts';
import type { Job, Queue } from 'bull';
import { Not, type DataSource } from 'typeorm';
import { AppException } from '../../errors/app.exception.js';
import { affectedRows } from '../../persistence/affected-rows.js';
import { parseMessage } from '../../validation/parse-message.js';
import { EVENTS_QUEUE } from '../durable.constants.js';
import { DurableHandlers } from '../durable-handlers.registry.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import { ProcessedEventEntity } from '../entities/processed-event.entity.js';
import { discardingDomainErrors } from '../job-runner.js';

/** `last_error` of a command whose result event no handler here applies. */
export const NO_HANDLER = 'NO_HANDLER';

/** Applies result events exactly once: the event id row and the effect commit together. */
@Injectable()
export class EventConsumerProcessor implements OnModuleInit {
  private readonly logger = new Logger(EventConsumerProcessor.name);

  constructor(
    @Inject(EVENTS_QUEUE) private readonly queue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: DurableHandlers,
  ) {}

  onModuleInit(): void {
    void this.queue.process(JobName.Apply, 16, (job: Job<unknown>) => discardingDomainErrors(job, this.logger, () => this.apply(job.data)));
  }

  async apply(raw: unknown): Promise<boolean> {
    const event = parseMessage(ResultEvent, raw);
    const handler = this.handlers.eventFor(event.type);
    if (!handler) return this.markFailed(event, NO_HANDLER);
    const applied = await this.dataSource
      .transaction(async (manager) => {
        const recorded = await manager
          .createQueryBuilder()
          .insert()
          .into(ProcessedEventEntity)
          .orIgnore()
          .values({
            eventId: event.eventId,
            commandId: event.commandId,
            type: event.type,
            processedAt: new Date(),
          })
          .execute();
        const fresh = affectedRows(recorded.raw) === 1;
        if (fresh) await handler.apply(parseMessage(handler.payloadClass, event.payload), event, manager);
        // A repeat still closes the command: it may have been re-sent after its first result was applied.
        await manager.update(
          OutboxCommandEntity,
          { id: event.commandId, status: Not(OutboxStatus.Completed) },
          {
            status: OutboxStatus.Completed,
            completedAt: new Date(),
            lastError: event.failureCode ?? null,
          },
        );
        return fresh;
      })
      .catch(async (error: unknown) => {
        // A domain error will not improve with retries (the job is discarded): the command shows why instead of waiting.
        if (error instanceof AppException && error.statusCode < 500) await this.markFailed(event, error.code);
        throw error;
      });
    this.logger.debug({ eventId: event.eventId, correlationId: event.correlationId, applied }, 'Event consumed');
    return applied;
  }

  /**
   * An event no handler here applies (the boot check makes that impossible for catalogued commands), or one its handler
   * refuses: the command is marked FAILED (visible, not re-driven) and the event is not recorded as processed, so it
   * can be applied once fixed.
   */
  private async markFailed(event: ResultEvent, lastError: string): Promise<boolean> {
    await this.dataSource
      .getRepository(OutboxCommandEntity)
      .update({ id: event.commandId, status: Not(OutboxStatus.Completed) }, { status: OutboxStatus.Failed, lastError });
    this.logger.error(
      { type: event.type, commandId: event.commandId, correlationId: event.correlationId, lastError },
      'Result event not applied; command marked FAILED',
    );
    return false;
  }
}
