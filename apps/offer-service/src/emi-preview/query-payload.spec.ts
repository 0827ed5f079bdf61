import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException, parseMessage } from '@los/common';
import { QueryEnvelope } from '@los/contracts';
import { queryPayloadOf } from './query-payload.js';

const outcome = (check: () => unknown) => {
  try {
    check();
    return 'accepted';
  } catch (error) {
    assert.ok(error instanceof AppException);
    return error.code;
  }
};

describe('queryPayloadOf', () => {
  it('accepts and refuses exactly what parseMessage(QueryEnvelope) does', () => {
    const messages: unknown[] = [
      { correlationId: 'c', payload: { principal: 1 } },
      { correlationId: 'c', payload: {} },
      { correlationId: 'x'.repeat(128), payload: {} },
      { correlationId: 'x'.repeat(129), payload: {} },
      { correlationId: 7, payload: {} },
      { payload: {} },
      { correlationId: 'c' },
      { correlationId: 'c', payload: [] },
      { correlationId: 'c', payload: null },
      { correlationId: 'c', payload: 'p' },
      { correlationId: 'c', payload: {}, extra: 1 },
      null,
      [],
      'text',
    ];
    for (const message of messages) {
      assert.equal(
        outcome(() => queryPayloadOf(message)),
        outcome(() => parseMessage(QueryEnvelope, message)),
        JSON.stringify(message),
      );
    }
  });

  it('returns the payload itself', () => {
    const payload = { principal: 250000 };
    assert.equal(queryPayloadOf({ correlationId: 'c', payload }), payload);
  });
});
