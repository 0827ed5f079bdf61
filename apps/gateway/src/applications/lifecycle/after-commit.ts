import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/**
 * Runs work once the caller's transaction has committed (dropped if it rolls back): a command recorded inside an
 * event handler's transaction is handed to the delivery queue only when its outbox row is visible. Without a
 * transaction the work runs at once. The outbox sweeper still delivers whatever this misses.
 */
@Injectable()
export class AfterCommit implements OnModuleInit, EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Array<() => void>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  run(manager: EntityManager, work: () => void): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return work();
    const queued = this.pending.get(runner) ?? [];
    queued.push(work);
    this.pending.set(runner, queued);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    const queued = this.pending.get(event.queryRunner) ?? [];
    this.pending.delete(event.queryRunner);
    for (const work of queued) work();
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    this.pending.delete(event.queryRunner);
  }
}
