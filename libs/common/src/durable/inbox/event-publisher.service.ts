import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, JobName, type ResultEvent, type ServiceName } from '@los/contracts';
import type { Queue } from 'bull';
import { AppException } from '../../errors/app.exception.js';
import { DURABLE_JOB_DEFAULTS, REPORT_QUEUES } from '../durable.constants.js';

/** Puts a result event on its sender's events queue; the event id makes repeats harmless. */
@Injectable()
export class EventPublisher {
  constructor(@Inject(REPORT_QUEUES) private readonly queues: Map<ServiceName, Queue>) {}

  async publish(sender: ServiceName, event: ResultEvent): Promise<void> {
    const queue = this.queues.get(sender);
    if (!queue) throw new AppException(ErrorCode.Internal, `No events queue for ${sender}`);
    await queue.add(JobName.Apply, event, { ...DURABLE_JOB_DEFAULTS, jobId: event.eventId });
  }
}
