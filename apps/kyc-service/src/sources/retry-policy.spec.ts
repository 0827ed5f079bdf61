import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, parseRetryAfter, SOURCE_RETRY_POLICY, verdictOf } from './retry-policy.js';

describe('source retry policy', () => {
  it('backs off exponentially from the base, capped, with jitter between half and all of the delay', () => {
    for (const failed of [1, 2, 3, 4, 5, 10]) {
      const capped = Math.min(SOURCE_RETRY_POLICY.maxDelayMs, SOURCE_RETRY_POLICY.baseDelayMs * 2 ** (failed - 1));
      assert.equal(
        backoffDelay(failed, SOURCE_RETRY_POLICY, () => 0),
        capped / 2,
      );
      assert.equal(
        backoffDelay(failed, SOURCE_RETRY_POLICY, () => 1),
        capped,
      );
    }
    assert.equal(
      backoffDelay(10, SOURCE_RETRY_POLICY, () => 1),
      2_000,
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('2', now), 2_000);
    assert.equal(parseRetryAfter(new Date(now + 3_000).toUTCString(), now), 3_000);
    assert.equal(parseRetryAfter(null, now), null);
    assert.equal(parseRetryAfter('soon', now), null);
  });

  it('retries 408, 429 and 5xx, answers 404 as not found, refuses other 4xx', () => {
    assert.deepEqual([200, 404, 408, 429, 500, 503, 400, 401, 422].map(verdictOf), [
      'OK',
      'NOT_FOUND',
      'RETRY',
      'RETRY',
      'RETRY',
      'RETRY',
      'REJECTED',
      'REJECTED',
      'REJECTED',
    ]);
  });
});
