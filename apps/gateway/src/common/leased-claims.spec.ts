import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityManager, Repository } from 'typeorm';
import { LeasedClaims, type LeasedRow } from './leased-claims.js';

class JobEntity implements LeasedRow {
  id: string;
  status: string;
  nextAttemptAt: Date;
  claimedBy: string | null;
  claimedUntil: Date | null;
  attempts: number;
}

function fakeRepository() {
  const calls: { method: string; args: unknown[] }[] = [];
  const record =
    (method: string, result: unknown = undefined) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      return Promise.resolve(result);
    };
  const claimed = [{ id: '7', status: 'PENDING', claimedBy: 'claim-1' }];
  const manager = { update: record('manager.update') };
  const repository = {
    metadata: { tableName: 'job_rows' },
    target: JobEntity,
    manager,
    query: record('query'),
    find: record('find', claimed),
  } as unknown as Repository<JobEntity>;
  return { repository, calls, claimed };
}

describe('LeasedClaims', () => {
  it('claims due, unleased rows of its table in one UPDATE on the database clock, then reads back what it holds', async () => {
    const { repository, calls, claimed } = fakeRepository();
    const rows = await new LeasedClaims(repository, 'PENDING').claimDue('claim-1', 25, 30_000);

    assert.equal(rows, claimed);
    const [update, read] = calls;
    assert.equal(update.method, 'query');
    const [sql, parameters] = update.args as [string, unknown[]];
    assert.equal(
      sql.replace(/\s+/g, ' '),
      'UPDATE job_rows SET claimed_by = ?, claimed_until = NOW(3) + INTERVAL ? MICROSECOND ' +
        'WHERE status = ? AND next_attempt_at <= NOW(3) AND (claimed_until IS NULL OR claimed_until < NOW(3)) ' +
        'ORDER BY next_attempt_at, id LIMIT ?',
    );
    assert.deepEqual(parameters, ['claim-1', 30_000_000, 'PENDING', 25]);
    assert.deepEqual(read, { method: 'find', args: [{ where: { claimedBy: 'claim-1', status: 'PENDING' }, order: { id: 'ASC' } }] });
  });

  it('settles only a row the claim still holds, and lets go of it', async () => {
    const { repository, calls } = fakeRepository();
    const row = { id: '7', attempts: 2 } as JobEntity;
    await new LeasedClaims(repository, 'PENDING').settle(row, 'claim-1', { status: 'DONE', attempts: 3 });

    assert.deepEqual(calls, [
      {
        method: 'manager.update',
        args: [JobEntity, { id: '7', claimedBy: 'claim-1' }, { status: 'DONE', attempts: 3, claimedBy: null, claimedUntil: null }],
      },
    ]);
  });

  it('settles inside the transaction it is given', async () => {
    const { repository, calls } = fakeRepository();
    const inTransaction: unknown[][] = [];
    const manager = { update: (...args: unknown[]) => Promise.resolve(void inTransaction.push(args)) } as unknown as EntityManager;
    await new LeasedClaims(repository, 'PENDING').settle({ id: '9' } as JobEntity, 'claim-2', { status: 'FAILED' }, manager);

    assert.deepEqual(calls, []);
    assert.deepEqual(inTransaction, [
      [JobEntity, { id: '9', claimedBy: 'claim-2' }, { status: 'FAILED', claimedBy: null, claimedUntil: null }],
    ]);
  });
});
