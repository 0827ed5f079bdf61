import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { memoizedRouteMetadata } from './memoized-route-metadata.js';

@SetMetadata('limit', 5)
class Routes {
  @SetMetadata('limit', 1) narrow() {}
  wide() {}
}

describe('memoizedRouteMetadata', () => {
  it('answers what the reflector answers, the handler overriding its class, and absent keys as undefined', () => {
    const reflector = new Reflector();
    const memoized = memoizedRouteMetadata(reflector);
    for (let round = 0; round < 2; round++) {
      assert.equal(memoized.getAllAndOverride('limit', [Routes.prototype.narrow, Routes]), 1);
      assert.equal(memoized.getAllAndOverride('limit', [Routes.prototype.wide, Routes]), 5);
      assert.equal(memoized.getAllAndOverride('skip', [Routes.prototype.wide, Routes]), undefined);
    }
    assert.deepEqual(memoized.get('limit', Routes), reflector.get('limit', Routes));
  });

  it('reads each key of a route once', () => {
    const reflector = new Reflector();
    let reads = 0;
    const counting = Object.create(reflector, {
      getAllAndOverride: {
        value: (...args: Parameters<Reflector['getAllAndOverride']>) => (reads++, reflector.getAllAndOverride(...args)),
      },
    }) as Reflector;
    const memoized = memoizedRouteMetadata(counting);
    for (let i = 0; i < 3; i++) memoized.getAllAndOverride('skip', [Routes.prototype.narrow, Routes]);
    assert.equal(reads, 1);
  });
});
