import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEADLOCK_ATTEMPTS, withDeadlockRetry } from './deadlock-retry.js';

const deadlock = () => Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 });

/** A unit of work that fails with the given errors first, then answers. */
function failingThen(errors: unknown[], answer: string) {
  const work = async () => {
    work.calls += 1;
    if (work.calls <= errors.length) throw errors[work.calls - 1];
    return answer;
  };
  work.calls = 0;
  return work;
}

describe('withDeadlockRetry', () => {
  it('runs the work again after a deadlock or a lock wait timeout', async () => {
    const work = failingThen([deadlock(), { errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' }], 'done');
    assert.equal(await withDeadlockRetry(work), 'done');
    assert.equal(work.calls, 3);
  });

  it('gives up after the last attempt with the conflict itself', async () => {
    const last = deadlock();
    const work = failingThen([deadlock(), deadlock(), last, deadlock()], 'never');
    await assert.rejects(withDeadlockRetry(work), (error) => error === last);
    assert.equal(work.calls, DEADLOCK_ATTEMPTS);
  });

  it('does not retry any other failure', async () => {
    const duplicate = Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY', errno: 1062 });
    const work = failingThen([duplicate], 'never');
    await assert.rejects(withDeadlockRetry(work), (error) => error === duplicate);
    assert.equal(work.calls, 1);
  });

  it('honours a custom number of attempts', async () => {
    const work = failingThen([deadlock(), deadlock(), deadlock(), deadlock()], 'fifth');
    assert.equal(await withDeadlockRetry(work, 5), 'fifth');
    assert.equal(work.calls, 5);
  });
});
