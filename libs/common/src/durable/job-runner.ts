import type { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { AppException } from '../errors/app.exception.js';

/** A domain error (4xx) will not improve with retries: the job is discarded; anything else retries. */
export async function discardingDomainErrors<T>(job: Job, logger: Logger, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppException && error.statusCode < 500) {
      await job.discard();
      logger.error({ jobId: job.id, code: error.code }, `Discarded job: ${error.message}`);
    }
    throw error;
  }
}
