import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diffJson } from './json-diff.js';

describe('diffJson', () => {
  it('finds nothing between equal documents whatever their key order', () => {
    assert.deepEqual(diffJson({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }), []);
  });

  it('names a changed leaf by its path through objects and arrays', () => {
    const before = { rateGrid: [{ annualRatePercent: 12 }, { annualRatePercent: 14 }], gstPercent: 18 };
    const after = { rateGrid: [{ annualRatePercent: 12 }, { annualRatePercent: 13.5 }], gstPercent: 18 };
    assert.deepEqual(diffJson(before, after), [{ path: 'rateGrid[1].annualRatePercent', before: 14, after: 13.5 }]);
  });

  it('reports added and removed keys and array items with only the side they exist on', () => {
    const changes = diffJson({ fee: { min: 10 }, tenures: [12, 24, 36] }, { fee: { max: 99 }, tenures: [12, 24] });
    assert.deepEqual(changes, [
      { path: 'fee.max', after: 99 },
      { path: 'fee.min', before: 10 },
      { path: 'tenures[2]', before: 36 },
    ]);
    assert.deepEqual(JSON.parse(JSON.stringify(changes[0])), { path: 'fee.max', after: 99 });
  });

  it('reports a value whose type changed as one change at that path', () => {
    assert.deepEqual(diffJson({ s: { states: ['KA'] } }, { s: { states: 'KA' } }), [{ path: 's.states', before: ['KA'], after: 'KA' }]);
    assert.deepEqual(diffJson(1, 2), [{ path: '$', before: 1, after: 2 }]);
  });
});
