import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadPacket, WritePacket } from '@nestjs/microservices';
import { EmptyError, TimeoutError } from 'rxjs';
import { CheckedRedisClient } from './checked-redis.client.js';

type Answer = (packet: WritePacket) => void;

/** A client whose transport is replaced: `answer` decides what the broker does with each publish. */
function clientAnswering(answer: (reply: Answer) => void) {
  const sut = new CheckedRedisClient({});
  const calls = { published: [] as ReadPacket[], cleanups: 0 };
  Object.assign(sut, {
    connect: async () => undefined,
    publish: (packet: ReadPacket, reply: Answer) => {
      calls.published.push(packet);
      answer(reply);
      return () => calls.cleanups++;
    },
  });
  return { sut, calls };
}

describe('CheckedRedisClient.request', () => {
  it('answers the first response and undoes the reply routing once', async () => {
    const { sut, calls } = clientAnswering((reply) => setImmediate(() => reply({ response: { ok: 1 }, isDisposed: true })));
    assert.deepEqual(await sut.request('kyc.cmd.match.v1', { a: 1 }, 1_000), { ok: 1 });
    assert.deepEqual(calls.published, [{ pattern: 'kyc.cmd.match.v1', data: { a: 1 } }]);
    assert.equal(calls.cleanups, 1);
  });

  it('rejects with the transport error, also when the publish fails at once', async () => {
    const failure = new Error('broken pipe');
    const { sut, calls } = clientAnswering((reply) => reply({ err: failure }));
    await assert.rejects(sut.request('p', {}, 1_000), (error) => error === failure);
    assert.equal(calls.cleanups, 1);
  });

  it("rejects with rxjs' TimeoutError when no answer comes in time, and stops listening", async () => {
    const { sut, calls } = clientAnswering(() => undefined);
    await assert.rejects(sut.request('p', {}, 20), TimeoutError);
    assert.equal(calls.cleanups, 1);
  });

  it('rejects with EmptyError when the call ends without a value', async () => {
    const { sut } = clientAnswering((reply) => setImmediate(() => reply({ isDisposed: true })));
    await assert.rejects(sut.request('p', {}, 1_000), EmptyError);
  });
});

describe('CheckedRedisClient reply channels', () => {
  it('stay subscribed when their last call ends', () => {
    const sut = new CheckedRedisClient({});
    const counts = (sut as unknown as { subscriptionsCount: Map<string, number> }).subscriptionsCount;
    counts.set('p.reply', 2);
    const unsubscribe = (channel: string) =>
      (sut as unknown as { unsubscribeFromChannel(c: string): void }).unsubscribeFromChannel(channel);
    unsubscribe('p.reply');
    unsubscribe('p.reply');
    assert.equal(counts.get('p.reply'), 1);
  });
});
