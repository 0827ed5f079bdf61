import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendListItem, rateLimitItem, rateLimitPolicyItem } from './rate-limit-headers.js';

describe('RateLimit header items', () => {
  it('states the quota per window in whole seconds', () => {
    assert.equal(rateLimitPolicyItem('default', 10, 60_000), '"default";q=10;w=60');
    assert.equal(rateLimitPolicyItem('preview', 5, 1_500), '"preview";q=5;w=2');
  });

  it('never reports a negative remainder or reset', () => {
    assert.equal(rateLimitItem('default', 7, 42), '"default";r=7;t=42');
    assert.equal(rateLimitItem('default', -3, -1), '"default";r=0;t=0');
  });

  it('appends to a list that is already there', () => {
    assert.equal(appendListItem(undefined, '"a";r=1;t=1'), '"a";r=1;t=1');
    assert.equal(appendListItem('"a";r=1;t=1', '"b";r=2;t=2'), '"a";r=1;t=1, "b";r=2;t=2');
  });
});
