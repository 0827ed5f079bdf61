import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BatchedWriter } from './batched-writer.js';

function gatedWriter(maxBatch?: number, lingerMs?: number) {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  let failNext = false;
  const sut = new BatchedWriter<number>(
    async (items) => {
      batches.push(items);
      await new Promise<void>((release) => gates.push(release));
      if (failNext) {
        failNext = false;
        throw new Error('mongo down');
      }
    },
    maxBatch,
    lingerMs,
  );
  const releaseAll = async () => {
    while (gates.length > 0) {
      gates.shift()!();
      await new Promise((tick) => setImmediate(tick));
    }
  };
  return {
    sut,
    batches,
    releaseAll,
    failNextBatch: () => {
      failNext = true;
    },
  };
}

describe('BatchedWriter', () => {
  it('writes the first item at once and groups those arriving meanwhile into the next batch', async () => {
    const { sut, batches, releaseAll } = gatedWriter();
    const writes = [1, 2, 3, 4].map((n) => sut.write(n));
    assert.deepEqual(batches, [[1]]);
    await releaseAll();
    await Promise.all(writes);
    assert.deepEqual(batches, [[1], [2, 3, 4]]);
  });

  it('caps a batch and settles each write with its own batch, failures included', async () => {
    const { sut, batches, releaseAll, failNextBatch } = gatedWriter(2);
    const outcome = (write: Promise<void>) =>
      write.then(
        () => 'ok',
        (error: Error) => error.message,
      );
    const first = outcome(sut.write(1));
    const rest = [2, 3, 4].map((n) => outcome(sut.write(n)));
    failNextBatch();
    await releaseAll();
    assert.equal(await first, 'mongo down');
    assert.deepEqual(await Promise.all(rest), ['ok', 'ok', 'ok']);
    assert.deepEqual(batches, [[1], [2, 3], [4]]);
  });

  it('with a linger, holds an item arriving when idle until the linger ends or a batch is full; flush writes at once', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { sut, batches, releaseAll } = gatedWriter(3, 50);
    const first = [1, 2].map((n) => sut.write(n));
    assert.deepEqual(batches, []);
    t.mock.timers.tick(50);
    assert.deepEqual(batches, [[1, 2]]);
    await releaseAll();
    await Promise.all(first);
    const full = [3, 4, 5].map((n) => sut.write(n));
    assert.deepEqual(batches, [
      [1, 2],
      [3, 4, 5],
    ]);
    await releaseAll();
    await Promise.all(full);
    const flushed = sut.write(6);
    void sut.flush();
    assert.deepEqual(batches.at(-1), [6]);
    await releaseAll();
    await flushed;
  });
});
