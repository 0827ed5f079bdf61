import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { In, type Repository } from 'typeorm';
import { OutboxCommandEntity, OutboxStatus } from './entities/outbox-command.entity.js';
import { redriveOverdue } from './redrive-overdue.js';
import { InMemoryStore } from './testing/in-memory-store.js';

const past = new Date(Date.now() - 60_000);
const future = new Date(Date.now() + 60_000);

function storeWith(rows: Partial<OutboxCommandEntity>[]) {
  const store = new InMemoryStore([[OutboxCommandEntity, 'id']]);
  for (const row of rows) store.insert(OutboxCommandEntity, { attempts: 0, dueAt: past, status: OutboxStatus.Pending, ...row });
  return { store, repository: store.repository(OutboxCommandEntity) as unknown as Repository<OutboxCommandEntity> };
}

const open = { status: In([OutboxStatus.Pending, OutboxStatus.Delivered]) };

describe('redriveOverdue', () => {
  it('re-drives only open, overdue rows, with the next attempt number, and moves their deadline out', async () => {
    const { store, repository } = storeWith([
      { id: 'overdue' },
      { id: 'not-yet', dueAt: future },
      { id: 'done', status: OutboxStatus.Completed },
      { id: 'again', attempts: 2, status: OutboxStatus.Delivered },
    ]);
    const redriven: [string, number][] = [];
    await redriveOverdue(repository, open, 1_000, (id, attempt) => redriven.push([id, attempt]));
    assert.deepEqual(redriven.sort(), [
      ['again', 3],
      ['overdue', 1],
    ]);
    const overdue = store.findOneBy<OutboxCommandEntity>(OutboxCommandEntity, { id: 'overdue' })!;
    assert.ok(overdue.dueAt.getTime() > Date.now() && overdue.attempts === 1);
  });

  it('lets exactly one of two racing sweepers claim each re-drive', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    const { store, repository } = storeWith(ids.map((id) => ({ id })));
    const redriven: string[] = [];
    // Both sweepers read the same overdue rows before either claims one.
    await Promise.all([
      redriveOverdue(repository, open, 1_000, (id) => redriven.push(id)),
      redriveOverdue(repository, open, 1_000, (id) => redriven.push(id)),
    ]);
    assert.deepEqual(redriven.sort(), ids);
    assert.deepEqual(
      store.rows<OutboxCommandEntity>(OutboxCommandEntity).map((row) => row.attempts),
      [1, 1, 1, 1],
    );
  });

  it('leaves a row whose attempt is still in hand to that attempt: no second job, a later deadline, the same attempt', async () => {
    const { store, repository } = storeWith([{ id: 'queued' }, { id: 'lost', attempts: 1 }]);
    const redriven: [string, number][] = [];
    const asked: [string, number][] = [];
    const inHand = (id: string, attempts: number) => {
      asked.push([id, attempts]);
      return Promise.resolve(id === 'queued');
    };
    await redriveOverdue(repository, open, 1_000, (id, attempt) => redriven.push([id, attempt]), inHand);
    assert.deepEqual(redriven, [['lost', 2]]);
    assert.deepEqual(asked.sort(), [
      ['lost', 1],
      ['queued', 0],
    ]);
    const queued = store.findOneBy<OutboxCommandEntity>(OutboxCommandEntity, { id: 'queued' })!;
    assert.equal(queued.attempts, 0);
    assert.ok(queued.dueAt.getTime() > Date.now());
    // Once that attempt is lost or gives up, the row is re-driven as before.
    await repository.update({ id: 'queued' }, { dueAt: past });
    await redriveOverdue(
      repository,
      open,
      1_000,
      (id, attempt) => redriven.push([id, attempt]),
      () => Promise.resolve(false),
    );
    assert.deepEqual(redriven, [
      ['lost', 2],
      ['queued', 1],
    ]);
  });
});
