import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containsOperatorKey } from './operator-keys.js';

describe('containsOperatorKey', () => {
  it('finds operators at the top, nested in objects and inside arrays', () => {
    assert.ok(containsOperatorKey({ $where: '1' }));
    assert.ok(containsOperatorKey({ applicant: { pan: { $gt: '' } } }));
    assert.ok(containsOperatorKey({ list: [{ ok: 1 }, { $ne: null }] }));
  });

  it('accepts ordinary input, including dollar signs inside values', () => {
    assert.equal(containsOperatorKey({ note: '$100 fee', amount: 5, tags: ['$x'] }), false);
    assert.equal(containsOperatorKey(undefined), false);
  });
});
