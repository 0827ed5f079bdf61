import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jitteredBackoff, redriveDelay } from './durable.constants.js';

describe('retry timing', () => {
  it('backs off exponentially with jitter between half and all of the capped delay', () => {
    for (const attempt of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20]) {
      const cap = Math.min(30_000, 250 * 2 ** attempt);
      for (let i = 0; i < 50; i++) {
        const delay = jitteredBackoff(attempt);
        assert.ok(delay >= cap / 2 && delay <= cap, `attempt ${attempt}: ${delay}`);
      }
    }
  });

  it('spreads re-drives out, up to four deadlines', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 10].map((n) => redriveDelay(1_000, n)),
      [1_000, 2_000, 3_000, 4_000, 4_000],
    );
  });
});
