import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import mysql from 'mysql2';
import { keepPoolConnectionWrappers } from './pool-connection-wrapper.js';

class FakePoolConnection {
  static made = 0;
  promise(promiseImpl?: PromiseConstructor) {
    FakePoolConnection.made++;
    return { connection: this, promiseImpl };
  }
}

describe('keepPoolConnectionWrappers', () => {
  it('gives each connection its first wrapper again, and a fresh one when asked for another Promise', () => {
    keepPoolConnectionWrappers(FakePoolConnection);
    keepPoolConnectionWrappers(FakePoolConnection);
    const [first, second] = [new FakePoolConnection(), new FakePoolConnection()];
    const wrapper = first.promise();
    assert.equal(first.promise(), wrapper);
    assert.deepEqual(wrapper, { connection: first, promiseImpl: undefined });
    assert.notEqual(second.promise(), wrapper);
    assert.equal(second.promise(), second.promise());
    assert.deepEqual(first.promise(Promise), { connection: first, promiseImpl: Promise });
    assert.equal(FakePoolConnection.made, 3);
  });

  it("patches mysql2's own pool connections, whose wrapper still reaches the connection", () => {
    keepPoolConnectionWrappers();
    const connection = Object.create(mysql.PoolConnection.prototype) as { promise(): { connection: unknown } };
    const wrapper = connection.promise();
    assert.equal(wrapper.connection, connection);
    assert.equal(connection.promise(), wrapper);
  });
});
