import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, failureEventOf, JobName, resultEventIdOf, type CommandEnvelope, type ResultEvent } from '@los/contracts';
import type { Job, Queue } from 'bull';
import { In, Repository } from 'typeorm';
import { AppException } from '../../errors/app.exception.js';
import { OUTBOX_QUEUE } from '../durable.constants.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import { EventConsumerProcessor } from '../events/event-consumer.processor.js';
import { FreshEnvelopes } from '../fresh/fresh-envelopes.js';
import { RpcClient } from '../rpc/rpc-client.service.js';

/** Sends recorded commands over the transport until the receiver acknowledges them. */
@Injectable()
export class OutboxDeliveryProcessor implements OnModuleInit {
  private readonly logger = new Logger(OutboxDeliveryProcessor.name);

  constructor(
    @Inject(OUTBOX_QUEUE) private readonly queue: Queue,
    @InjectRepository(OutboxCommandEntity) private readonly commands: Repository<OutboxCommandEntity>,
    private readonly rpc: RpcClient,
    private readonly events: EventConsumerProcessor,
    private readonly fresh: FreshEnvelopes = new FreshEnvelopes(),
  ) {}

  onModuleInit(): void {
    void this.queue.process(JobName.Deliver, 16, (job: Job<{ commandId: string }>) =>
      this.deliver(job.data.commandId, job.attemptsMade === 0),
    );
  }

  /**
   * `firstRun`: this job's first attempt. A command this process recorded a moment ago is then sent from the envelope
   * `CommandOutbox.deliverRecorded` kept, not from a read of its row (a re-send of a finished command would be harmless:
   * the receiver answers a known command id with its stored result).
   */
  async deliver(commandId: string, firstRun = false): Promise<void> {
    const fresh = this.fresh.take('sent', commandId);
    const command =
      fresh && firstRun
        ? { pattern: fresh.pattern, envelope: fresh }
        : await this.commands.findOneBy({ id: commandId, status: In([OutboxStatus.Pending, OutboxStatus.Delivered]) });
    if (!command) return;
    try {
      await this.rpc.send(command.pattern, command.envelope);
    } catch (error) {
      if (!(error instanceof AppException) || error.statusCode >= 500) {
        // Kept for operators (the stuck-applications view); the job retries and the sweeper re-drives.
        const lastError = error instanceof AppException ? error.code : ErrorCode.Internal;
        await this.commands.update({ id: commandId, status: In([OutboxStatus.Pending, OutboxStatus.Delivered]) }, { lastError });
        throw error;
      }
      // The receiver refused the command itself: re-sending cannot help. Its failure handler makes that visible here.
      await this.events.apply(refusalOf(command.envelope, error));
      await this.commands.update({ id: commandId }, { status: OutboxStatus.Failed, lastError: error.code });
      this.logger.error({ commandId, code: error.code }, 'Command refused by its receiver');
      return;
    }
    await this.commands.update(
      { id: commandId, status: In([OutboxStatus.Pending, OutboxStatus.Delivered]) },
      { status: OutboxStatus.Delivered, lastError: null },
    );
    this.logger.debug({ commandId, correlationId: command.envelope.correlationId }, 'Command delivered');
  }
}

/** A refusal at delivery is reported like a refusal at execution: the command's failure event, once (same event id). */
function refusalOf(envelope: CommandEnvelope, error: AppException): ResultEvent {
  return {
    eventId: resultEventIdOf(envelope.commandId),
    commandId: envelope.commandId,
    type: failureEventOf(envelope.pattern),
    correlationId: envelope.correlationId,
    occurredAt: new Date().toISOString(),
    payload: { message: error.message },
    failureCode: error.code,
  };
}
