import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataSource, EntitySchema, type EntityManager } from 'typeorm';
import { affectedRows, isDuplicateKey, isLockConflict, mysqlConnectionOptions, toErrorBody, withDeadlockRetry } from '@los/common';
import { sharedInfra } from '../support/test-infra.js';

const DATABASE = `t_dbe_${process.pid}`;

interface Counter {
  id: number;
  name: string;
  value: number;
}
const CounterEntity = new EntitySchema<Counter>({
  name: 'Counter',
  tableName: 'counters',
  columns: { id: { type: Number, primary: true }, name: { type: String, unique: true }, value: { type: Number } },
});

/** Resolves once `count` callers have arrived: two transactions each holding their first lock before taking the second. */
function barrier(count: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

describe('MySQL driver errors on MariaDB, through TypeORM', () => {
  let admin: DataSource;
  let db: DataSource;

  before(async () => {
    admin = await new DataSource(mysqlConnectionOptions(sharedInfra().mysqlUrl)).initialize();
    await admin.query(`CREATE DATABASE \`${DATABASE}\``);
    db = await new DataSource({
      ...mysqlConnectionOptions(`${sharedInfra().mysqlUrl}/${DATABASE}`),
      entities: [CounterEntity],
    }).initialize();
    await db.query('CREATE TABLE counters (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL UNIQUE, value INT NOT NULL) ENGINE=InnoDB');
  });

  after(async () => {
    await db?.destroy();
    await admin?.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
    await admin?.destroy();
  });

  it('recognises a real duplicate key, and counts an ignored insert as 0 rows', async () => {
    await db.getRepository(CounterEntity).insert({ id: 1, name: 'first', value: 0 });
    const duplicate = await db
      .getRepository(CounterEntity)
      .insert({ id: 2, name: 'first', value: 0 })
      .then(
        () => assert.fail('the unique name let a second row in'),
        (error: unknown) => error,
      );
    assert.equal(isDuplicateKey(duplicate), true);
    assert.equal(isLockConflict(duplicate), false);

    const insert = (id: number, name: string) =>
      db.createQueryBuilder().insert().into(CounterEntity).values({ id, name, value: 0 }).orIgnore().execute();
    assert.equal(affectedRows((await insert(1, 'first')).raw), 0);
    assert.equal(affectedRows((await insert(2, 'second')).raw), 1);
  });

  it('lets two transactions that deadlock each other both commit, the loser run again from the start', async () => {
    await db.query('UPDATE counters SET value = 0');
    const bothHoldFirstLock = barrier(2);
    let runs = 0;
    const seenConflicts: unknown[] = [];
    const incrementBoth = (first: number, second: number) =>
      withDeadlockRetry(async () => {
        runs += 1;
        const firstRun = runs <= 2;
        try {
          return await db.transaction(async (manager: EntityManager) => {
            await manager.query('UPDATE counters SET value = value + 1 WHERE id = ?', [first]);
            if (firstRun) await bothHoldFirstLock();
            await manager.query('UPDATE counters SET value = value + 1 WHERE id = ?', [second]);
          });
        } catch (error) {
          seenConflicts.push(error);
          throw error;
        }
      });

    await Promise.all([incrementBoth(1, 2), incrementBoth(2, 1)]);

    assert.equal(seenConflicts.length, 1, 'exactly one transaction was chosen as the deadlock victim');
    assert.equal(isLockConflict(seenConflicts[0]), true);
    const answer = toErrorBody(seenConflicts[0]);
    assert.deepEqual([answer?.statusCode, answer?.code], [503, 'TRANSACTION_CONFLICT'], 'a victim not run again answers a retryable 503');
    assert.doesNotMatch(answer?.message ?? '', /UPDATE|counters|Deadlock/, 'the answer carries no SQL nor server text');
    assert.equal(runs, 3);
    const rows = await db.getRepository(CounterEntity).find({ order: { id: 'ASC' } });
    assert.deepEqual(
      rows.map((row) => row.value),
      [2, 2],
      'both transactions committed once each',
    );
  });
});
