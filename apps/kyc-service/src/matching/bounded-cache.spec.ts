import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('reuses values and evicts the oldest beyond capacity', () => {
    let created = 0;
    const sut = new BoundedCache<string, number>(2);
    const make = (key: string) => (created++, key.length);
    sut.getOrCreate('a', make);
    sut.getOrCreate('a', make);
    sut.getOrCreate('bb', make);
    sut.getOrCreate('ccc', make);
    sut.getOrCreate('a', make);
    assert.equal(created, 4);
  });

  it('caches nothing at capacity 0', () => {
    let created = 0;
    const sut = new BoundedCache<string, number>(0);
    sut.getOrCreate('a', () => ++created);
    sut.getOrCreate('a', () => ++created);
    assert.equal(created, 2);
  });
});
