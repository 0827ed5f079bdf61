import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ATTEMPT_WINDOW_MS, retryAfterSeconds } from './attempt-window.js';

const now = new Date('2026-12-06T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const HOUR = 3_600_000;

describe('retryAfterSeconds', () => {
  it('lets an attempt through while the window holds fewer than the limit', () => {
    assert.equal(retryAfterSeconds([], 3, now), null);
    assert.equal(retryAfterSeconds([ago(3 * HOUR), ago(HOUR)], 3, now), null);
    assert.equal(retryAfterSeconds([ago(ATTEMPT_WINDOW_MS + 1), ago(2 * HOUR), ago(HOUR)], 3, now), null, 'older attempts left the window');
  });

  it('answers when the attempt that frees a place leaves the window', () => {
    assert.equal(retryAfterSeconds([ago(20 * HOUR), ago(2 * HOUR), ago(HOUR)], 3, now), 4 * 3600);
    assert.equal(
      retryAfterSeconds([ago(23 * HOUR), ago(20 * HOUR), ago(2 * HOUR), ago(HOUR)], 3, now),
      4 * 3600,
      'over the limit: the one that brings it back under',
    );
    assert.equal(retryAfterSeconds([ago(ATTEMPT_WINDOW_MS - 10)], 1, now), 1);
  });
});
