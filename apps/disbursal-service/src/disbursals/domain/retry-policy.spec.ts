import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DisbursalRetryPolicy } from './retry-policy.js';

describe('DisbursalRetryPolicy', () => {
  const sut = new DisbursalRetryPolicy({ attempts: 5, baseMs: 1_000, maxMs: 5_000 });

  it('waits base, then doubles, capped at the maximum', () => {
    const delays = [1, 2, 3, 4].map((made) => sut.afterFailure(made));
    assert.deepEqual(delays, [
      { retry: true, delayMs: 1_000 },
      { retry: true, delayMs: 2_000 },
      { retry: true, delayMs: 4_000 },
      { retry: true, delayMs: 5_000 },
    ]);
  });

  it('gives up once the attempts are spent', () => {
    assert.deepEqual(sut.afterFailure(5), { retry: false });
    assert.deepEqual(sut.afterFailure(6), { retry: false });
    assert.deepEqual(new DisbursalRetryPolicy({ attempts: 1, baseMs: 1, maxMs: 1 }).afterFailure(1), { retry: false });
  });

  it("honours the lender's Retry-After when it is longer than the backoff, still within the maximum", () => {
    assert.deepEqual(sut.afterFailure(1, 3), { retry: true, delayMs: 3_000 });
    assert.deepEqual(sut.afterFailure(3, 1), { retry: true, delayMs: 4_000 });
    assert.deepEqual(sut.afterFailure(1, 60), { retry: true, delayMs: 5_000 });
  });
});
