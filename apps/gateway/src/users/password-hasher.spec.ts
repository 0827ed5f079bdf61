import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from './password-hasher.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    assert.ok(await verifyPassword('correct horse battery', stored));
    assert.equal(await verifyPassword('correct horse batterY', stored), false);
  });

  it('salts every hash', async () => {
    assert.notEqual(await hashPassword('same password'), await hashPassword('same password'));
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    assert.equal(await verifyPassword('x', 'plain-text'), false);
  });
});
