import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDuplicateKey, isLockConflict } from './driver-errors.js';

const mysqlError = (code: string, errno: number) => Object.assign(new Error(code), { code, errno });

describe('isDuplicateKey', () => {
  it('recognises MySQL ER_DUP_ENTRY by code, by errno, and on TypeORM driverError', () => {
    assert.equal(isDuplicateKey(mysqlError('ER_DUP_ENTRY', 1062)), true);
    assert.equal(isDuplicateKey({ errno: 1062 }), true);
    assert.equal(isDuplicateKey(Object.assign(new Error('query failed'), { driverError: mysqlError('ER_DUP_ENTRY', 1062) })), true);
  });

  it('recognises a MongoDB E11000 duplicate key', () => {
    assert.equal(isDuplicateKey(Object.assign(new Error('E11000 duplicate key'), { code: 11000 })), true);
  });

  it('refuses every other failure, including lock conflicts and nothing at all', () => {
    for (const error of [
      mysqlError('ER_LOCK_DEADLOCK', 1213),
      mysqlError('ER_NO_REFERENCED_ROW_2', 1452),
      { code: '11000' },
      new Error('ER_DUP_ENTRY in a message only'),
      null,
      undefined,
      'ER_DUP_ENTRY',
    ]) {
      assert.equal(isDuplicateKey(error), false, String(error));
    }
  });
});

describe('isLockConflict', () => {
  it('recognises a deadlock and a lock wait timeout, directly or on driverError', () => {
    assert.equal(isLockConflict(mysqlError('ER_LOCK_DEADLOCK', 1213)), true);
    assert.equal(isLockConflict(mysqlError('ER_LOCK_WAIT_TIMEOUT', 1205)), true);
    assert.equal(isLockConflict({ driverError: { errno: 1213 } }), true);
  });

  it('refuses a duplicate key and other failures', () => {
    for (const error of [mysqlError('ER_DUP_ENTRY', 1062), { code: 11000 }, new Error('deadlock'), undefined]) {
      assert.equal(isLockConflict(error), false, String(error));
    }
  });
});
