import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { leaseEnd, retryAfterSeconds } from './idempotency-lease.js';

describe('idempotency lease', () => {
  const now = new Date('2026-01-01T00:00:00.000Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  it('rounds the time left up to whole seconds', () => {
    assert.equal(retryAfterSeconds(later(4_001), now), 5);
    assert.equal(retryAfterSeconds(later(4_000), now), 4);
  });

  it('never says less than one second, even for a lease already over or missing', () => {
    assert.equal(retryAfterSeconds(later(-3_000), now), 1);
    assert.equal(retryAfterSeconds(null, now), 1);
  });

  it('never says more than one lease, even when read before the holder renewed it', () => {
    assert.equal(retryAfterSeconds(later(6_200), now), 5);
  });

  it('ends a lease five seconds on', () => {
    assert.equal(leaseEnd(now).getTime() - now.getTime(), 5_000);
  });
});
