import { Injectable, Logger } from '@nestjs/common';
import { PeriodicTask } from '../durable/periodic-task.js';
import { IdempotencyStore } from './idempotency.store.js';

/** Forgets keys past their retention (at least 24 hours by configuration). */
@Injectable()
export class IdempotencyCleanupTask extends PeriodicTask {
  protected readonly logger = new Logger(IdempotencyCleanupTask.name);

  constructor(private readonly store: IdempotencyStore) {
    super(15 * 60_000);
  }

  protected runOnce(): Promise<void> {
    return this.store.deleteExpired();
  }
}
