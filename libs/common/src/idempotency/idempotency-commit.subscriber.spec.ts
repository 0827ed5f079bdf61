import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource, EntityManager, TransactionCommitEvent } from 'typeorm';
import type { FeatureConfig } from '../config/load-config.js';
import { IdempotencyCommitSubscriber } from './idempotency-commit.subscriber.js';
import type { IdempotencyStore } from './idempotency.store.js';
import { runIdempotentRequest, type IdempotentRequest } from './idempotent-request.js';

function setup() {
  const marked: [EntityManager, IdempotentRequest][] = [];
  const store = { markCommitted: async (manager: EntityManager, request: IdempotentRequest) => void marked.push([manager, request]) };
  const dataSource = { subscribers: [] as unknown[] };
  const config = { NODE_ENV: 'test', IDEMPOTENCY_TEST_FAULT: '' } as FeatureConfig<'base' | 'auth'>;
  const sut = new IdempotencyCommitSubscriber(dataSource as unknown as DataSource, config, store as unknown as IdempotencyStore);
  const manager = {} as EntityManager;
  return { sut, dataSource, marked, event: { manager } as TransactionCommitEvent, manager };
}
const request = (): IdempotentRequest => ({ scope: 'user:1', key: 'k', holder: 'h', successStatus: 201, done: false });

describe('IdempotencyCommitSubscriber', () => {
  it('registers itself with the data source', () => {
    const { sut, dataSource } = setup();
    assert.deepEqual(dataSource.subscribers, [sut]);
  });

  it("marks the key in the committing transaction's own manager during a keyed request", async () => {
    const { sut, marked, event, manager } = setup();
    const keyed = request();
    await runIdempotentRequest(keyed, () => sut.beforeTransactionCommit(event));
    assert.equal(marked.length, 1);
    assert.equal(marked[0][0], manager);
    assert.equal(marked[0][1], keyed);
  });

  it('leaves transactions outside a keyed request, or after its answer, alone', async () => {
    const { sut, marked, event } = setup();
    await sut.beforeTransactionCommit(event);
    await runIdempotentRequest({ ...request(), done: true }, () => sut.beforeTransactionCommit(event));
    assert.equal(marked.length, 0);
  });
});
