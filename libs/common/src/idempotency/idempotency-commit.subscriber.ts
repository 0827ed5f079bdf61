import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { IdempotencyStore } from './idempotency.store.js';
import { currentIdempotentRequest } from './idempotent-request.js';

/**
 * Every transaction a keyed POST commits also moves its key to COMMITTED (or COMPLETED with a staged
 * response) in the same commit: a crash between the effect and the interceptor's `complete` can then
 * never let a retry run the handler again.
 */
@Injectable()
export class IdempotencyCommitSubscriber implements EntitySubscriberInterface {
  private readonly fault: string;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) config: FeatureConfig<'base' | 'auth'>,
    private readonly store: IdempotencyStore,
  ) {
    dataSource.subscribers.push(this);
    this.fault = config.NODE_ENV === 'test' ? config.IDEMPOTENCY_TEST_FAULT : '';
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const request = currentIdempotentRequest();
    if (!request) return;
    if (this.fault === 'crash-before-commit') process.kill(process.pid, 'SIGKILL');
    await this.store.markCommitted(event.manager, request);
  }

  afterTransactionCommit(): void {
    if (this.fault === 'crash-after-commit' && currentIdempotentRequest()) process.kill(process.pid, 'SIGKILL');
  }
}
