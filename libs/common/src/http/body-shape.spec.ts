import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exceedsBodyShape } from './body-shape.js';

const limits = { maxEntries: 10, maxDepth: 3 };
const nested = (levels: number): unknown => (levels === 0 ? 1 : { a: nested(levels - 1) });

describe('body shape limits', () => {
  it('accepts bodies within the entry and depth limits, scalars and null', () => {
    assert.equal(exceedsBodyShape({ a: 1, b: [1, 2, 3], c: { d: 'x' } }, limits), false);
    assert.equal(exceedsBodyShape(nested(3), limits), false);
    for (const scalar of [null, undefined, 'text', 42]) assert.equal(exceedsBodyShape(scalar, limits), false);
  });

  it('refuses one key too many, counting keys and array items at every level', () => {
    const flat = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    assert.equal(exceedsBodyShape(flat, limits), true);
    assert.equal(exceedsBodyShape({ list: Array.from({ length: 10 }, (_, i) => i) }, limits), true);
    assert.equal(exceedsBodyShape({ a: [1, 2, 3, 4], b: { c: 1, d: 2, e: 3 } }, limits), false);
  });

  it('refuses nesting one level too deep, in objects and arrays', () => {
    assert.equal(exceedsBodyShape(nested(4), limits), true);
    assert.equal(exceedsBodyShape([[[[1]]]], limits), true);
    assert.equal(exceedsBodyShape([[[1]]], limits), false);
  });
});
