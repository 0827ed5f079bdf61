import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lastInsertId, sqlBatch } from './sql-batch.js';

describe('sqlBatch', () => {
  it('joins the statements into one query with their values in order', () => {
    const batch = sqlBatch([
      { sql: 'INSERT INTO a (x, y) VALUES (?, ?)', values: [1, 'two'] },
      { sql: 'INSERT INTO b (z) VALUES (?)', values: [null] },
    ]);
    assert.deepEqual(batch, { sql: 'INSERT INTO a (x, y) VALUES (?, ?);\nINSERT INTO b (z) VALUES (?)', values: [1, 'two', null] });
  });

  it('leaves a single statement as it is', () => {
    assert.deepEqual(sqlBatch([{ sql: 'SELECT ?', values: [1] }]), { sql: 'SELECT ?', values: [1] });
  });

  it('refuses an empty batch and a statement carrying its own separator', () => {
    assert.throws(() => sqlBatch([]), /at least one statement/);
    assert.throws(() => sqlBatch([{ sql: 'DELETE FROM a; DROP TABLE a', values: [] }]), /may not contain ';'/);
  });
});

describe('lastInsertId', () => {
  it('reads the last result of a batch and the only result of a single statement, as text', () => {
    assert.equal(lastInsertId([{ insertId: 0 }, { insertId: 0 }, { insertId: 42 }]), '42');
    assert.equal(lastInsertId({ insertId: '9007199254740993' }), '9007199254740993');
  });

  it('fails rather than invent an id when the last statement inserted nothing', () => {
    assert.throws(() => lastInsertId([{ insertId: 7 }, []]), /no insert id/);
    assert.throws(() => lastInsertId(undefined), /no insert id/);
  });
});
