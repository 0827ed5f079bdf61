import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '@los/contracts';
import type { EntityManager, FindOperator, Repository } from 'typeorm';
import type { FeatureConfig } from '../config/load-config.js';
import { AppException } from '../errors/app.exception.js';
import { IdempotencyBusyException } from './idempotency-busy.exception.js';
import { IdempotencyKeyEntity, IdempotencyStatus } from './idempotency-key.entity.js';
import { IdempotencyStore } from './idempotency.store.js';
import type { IdempotentRequest } from './idempotent-request.js';

type Row = IdempotencyKeyEntity;
type Where = Record<string, unknown>;

/** Just enough of a TypeORM repository over an in-memory table for the store's queries. */
class FakeKeys {
  rows: Row[] = [];

  createQueryBuilder() {
    const insert = { orIgnore: () => insert, values: (row: Row) => ({ execute: async () => this.insert(row) }) };
    return { insert: () => insert };
  }

  async findOneByOrFail(where: Where): Promise<Row> {
    const row = this.rows.find((r) => matches(r, where));
    if (!row) throw new Error('not found');
    return { ...row };
  }

  async update(where: Where, values: Partial<Row>) {
    const hits = this.rows.filter((r) => matches(r, where));
    for (const row of hits) Object.assign(row, values);
    return { affected: hits.length };
  }

  async delete(where: Where) {
    const before = this.rows.length;
    this.rows = this.rows.filter((r) => !matches(r, where));
    return { affected: before - this.rows.length };
  }

  private insert(row: Row) {
    if (this.rows.some((r) => r.scope === row.scope && r.key === row.key)) return { raw: { affectedRows: 0 } };
    this.rows.push({ ...row, responseStatus: row.responseStatus ?? null, responseBody: row.responseBody ?? null });
    return { raw: { affectedRows: 1 } };
  }
}

function matches(row: Row, where: Where): boolean {
  return Object.entries(where).every(([column, expected]) => {
    const actual = row[column as keyof Row];
    if (expected && typeof expected === 'object' && 'type' in expected) {
      return (expected as FindOperator<unknown>).type === 'isNull' ? actual === null : false;
    }
    return expected instanceof Date ? actual instanceof Date && actual.getTime() === expected.getTime() : actual === expected;
  });
}

const T0 = new Date('2026-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function setup() {
  const keys = new FakeKeys();
  const sut = new IdempotencyStore(
    { IDEMPOTENCY_TTL_HOURS: 24 } as FeatureConfig<'auth'>,
    keys as unknown as Repository<IdempotencyKeyEntity>,
  );
  const manager = {
    update: (_entity: unknown, where: Where, values: Partial<Row>) => keys.update(where, values),
  } as unknown as EntityManager;
  return { keys, sut, manager };
}

async function claimed(sut: IdempotencyStore, now = T0): Promise<IdempotentRequest> {
  const claim = await sut.claim('user:1', 'k', 'hash', now);
  assert.equal(claim.kind, 'new');
  return { scope: 'user:1', key: 'k', holder: claim.kind === 'new' ? claim.holder : '', successStatus: 202, done: false };
}

describe('IdempotencyStore', () => {
  it('gives a new key to its first request, with a 5 s lease', async () => {
    const { sut, keys } = setup();
    await claimed(sut);
    assert.equal(keys.rows[0].status, IdempotencyStatus.InProgress);
    assert.equal(keys.rows[0].leaseUntil?.getTime(), at(5_000).getTime());
  });

  it('answers a live holder 409 with the seconds left on its lease', async () => {
    const { sut } = setup();
    await claimed(sut);
    await assert.rejects(sut.claim('user:1', 'k', 'hash', at(1_200)), (error: unknown) => {
      assert.ok(error instanceof IdempotencyBusyException);
      assert.equal(error.code, ErrorCode.IdempotencyInProgress);
      assert.equal(error.retryAfterSeconds, 4);
      return true;
    });
  });

  it('keeps a renewed lease alive', async () => {
    const { sut } = setup();
    const request = await claimed(sut);
    await sut.renew(request, at(4_000));
    await assert.rejects(sut.claim('user:1', 'k', 'hash', at(6_000)), IdempotencyBusyException);
  });

  it('takes over a key whose holder stopped renewing, once the lease is over', async () => {
    const { sut, keys } = setup();
    const dead = await claimed(sut);
    const claim = await sut.claim('user:1', 'k', 'hash', at(5_001));
    assert.equal(claim.kind, 'new');
    assert.notEqual(keys.rows[0].holder, dead.holder);
  });

  it('refuses a late commit by a holder that was taken over, so its effect rolls back', async () => {
    const { sut, manager } = setup();
    const dead = await claimed(sut);
    await sut.claim('user:1', 'k', 'hash', at(6_000));
    await assert.rejects(sut.markCommitted(manager, dead, at(6_100)), IdempotencyBusyException);
  });

  it('completes the key in the effect transaction when the response is staged, so a retry replays it', async () => {
    const { sut, manager } = setup();
    const request = await claimed(sut);
    request.response = { body: { kycId: 'kyc-1' } };
    await sut.markCommitted(manager, request, at(100));
    // Even after the lease ran out (the process died before `complete`).
    assert.deepEqual(await sut.claim('user:1', 'k', 'hash', at(60_000)), { kind: 'replay', status: 202, body: { kycId: 'kyc-1' } });
  });

  it('never re-runs an effect that committed without its response: 409 IDEMPOTENCY_OUTCOME_LOST once the lease is over', async () => {
    const { sut, manager } = setup();
    const request = await claimed(sut);
    await sut.markCommitted(manager, request, at(100));
    await assert.rejects(sut.claim('user:1', 'k', 'hash', at(2_000)), IdempotencyBusyException);
    await assert.rejects(
      sut.claim('user:1', 'k', 'hash', at(60_000)),
      (error: unknown) => error instanceof AppException && error.code === ErrorCode.IdempotencyOutcomeLost && error.statusCode === 409,
    );
  });

  it('frees a key whose effect never committed on a server failure, but keeps a committed one', async () => {
    const { sut, manager, keys } = setup();
    await sut.release(await claimed(sut));
    assert.equal(keys.rows.length, 0);
    const committed = await claimed(sut);
    await sut.markCommitted(manager, committed, at(10));
    await sut.release(committed);
    assert.equal(keys.rows[0].status, IdempotencyStatus.Committed);
  });

  it('answers 422 for the same key with another request', async () => {
    const { sut } = setup();
    await claimed(sut);
    await assert.rejects(
      sut.claim('user:1', 'k', 'other-hash', at(10)),
      (error: unknown) => error instanceof AppException && error.code === ErrorCode.IdempotencyKeyReused,
    );
  });
});
