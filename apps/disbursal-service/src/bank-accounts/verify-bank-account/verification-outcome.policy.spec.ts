import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { outcomeOfMissingAccount, outcomeOfNameMatch } from './verification-outcome.policy.js';

describe('bank account verification outcome', () => {
  it('maps each name-match decision to a status and reason', () => {
    assert.deepEqual(outcomeOfNameMatch('MATCH'), { status: 'VERIFIED', reason: null });
    assert.deepEqual(outcomeOfNameMatch('REVIEW'), { status: 'REVIEW', reason: 'NAME_NEEDS_REVIEW' });
    assert.deepEqual(outcomeOfNameMatch('NO_MATCH'), { status: 'REJECTED', reason: 'NAME_MISMATCH' });
  });

  it("rejects an account that took no credit with the bank's reason, else ACCOUNT_NOT_FOUND", () => {
    assert.deepEqual(outcomeOfMissingAccount('ACCOUNT_CLOSED'), { status: 'REJECTED', reason: 'ACCOUNT_CLOSED' });
    assert.deepEqual(outcomeOfMissingAccount(null), { status: 'REJECTED', reason: 'ACCOUNT_NOT_FOUND' });
  });
});
