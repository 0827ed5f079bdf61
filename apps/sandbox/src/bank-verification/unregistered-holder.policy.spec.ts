import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unregisteredHolderOf } from './unregistered-holder.policy.js';

describe('unregisteredHolderOf', () => {
  it('answers the same name for the same account, and a name of two words', () => {
    const name = unregisteredHolderOf('HDFC0000001', '123456789012');
    assert.equal(unregisteredHolderOf('HDFC0000001', '123456789012'), name);
    assert.match(name, /^\S+ \S+$/);
  });

  it('answers different people for different accounts', () => {
    const names = new Set(Array.from({ length: 20 }, (_, i) => unregisteredHolderOf('HDFC0000001', `1234567890${10 + i}`)));
    assert.ok(names.size > 10, [...names].join(', '));
  });
});
