import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_WEBHOOK_RETRY_POLICY, retryDelayMs } from './webhook-retry.policy.js';

describe('retryDelayMs', () => {
  it('doubles the wait from the base delay for each retry, up to the attempts allowed', () => {
    const policy = { enabled: true, maxAttempts: 4, baseDelayMs: 100 };
    assert.deepEqual(
      [2, 3, 4, 5].map((attempt) => retryDelayMs(policy, attempt)),
      [100, 200, 400, null],
    );
  });

  it('never retries when retries are off', () => {
    assert.equal(retryDelayMs({ ...DEFAULT_WEBHOOK_RETRY_POLICY, enabled: false }, 2), null);
  });
});
