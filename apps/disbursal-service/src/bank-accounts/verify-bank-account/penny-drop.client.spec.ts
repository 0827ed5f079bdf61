import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { answerOf, PennyDropUnavailableError } from './penny-drop.client.js';

describe('penny-drop answer mapping', () => {
  it('reads an existing account with the name the bank holds', () => {
    assert.deepEqual(answerOf(200, { accountExists: true, registeredName: ' ASHA VERMA ', bankReference: '123456789012' }), {
      accountExists: true,
      registeredName: 'ASHA VERMA',
      failureReason: null,
      bankReference: '123456789012',
    });
  });

  it('reads a closed account and a 404 as no account, with a reason', () => {
    assert.equal(
      answerOf(200, { accountExists: false, registeredName: null, failureReason: 'ACCOUNT_CLOSED' }).failureReason,
      'ACCOUNT_CLOSED',
    );
    assert.deepEqual(answerOf(404, null), {
      accountExists: false,
      registeredName: null,
      failureReason: 'ACCOUNT_NOT_FOUND',
      bankReference: null,
    });
  });

  it('leaves 5xx, 429 and an answer without a name to be retried, and refuses other answers for good', () => {
    for (const status of [500, 503, 504, 429]) assert.throws(() => answerOf(status, null), PennyDropUnavailableError);
    assert.throws(() => answerOf(200, { accountExists: true, registeredName: '' }), PennyDropUnavailableError);
    assert.throws(
      () => answerOf(400, { code: 'VALIDATION_FAILED' }),
      (error: unknown) => error instanceof AppException && error.statusCode === 400 && /VALIDATION_FAILED/.test(error.message),
    );
  });
});
