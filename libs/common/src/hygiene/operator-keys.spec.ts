import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containsOperatorKey, containsOperatorQueryKey } from './operator-keys.js';

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

describe('containsOperatorQueryKey', () => {
  it('finds an operator in a flat bracket or dot key', () => {
    assert.ok(containsOperatorQueryKey({ 'status[$ne]': 'x' }));
    assert.ok(containsOperatorQueryKey({ 'status.$gt': 'x' }));
    assert.ok(containsOperatorQueryKey({ $where: '1' }));
  });

  it('accepts ordinary and cache-busting keys', () => {
    assert.equal(containsOperatorQueryKey({ _: '123', status: 'DRAFT', price$: '1' }), false);
    assert.equal(containsOperatorQueryKey(undefined), false);
  });
});
