/**
 * A claim's lease: renewed every `renewEveryMs` while its request runs, so a key whose holder died (a crash,
 * a SIGKILL) is free again within `leaseMs` instead of at the end of its 24 h retention.
 */
export const IDEMPOTENCY_LEASE = { leaseMs: 5_000, renewEveryMs: 1_500 } as const;

/**
 * Whole seconds until `leaseUntil`, at least 1 and at most one lease: the `Retry-After` of a 409. `now` may have been
 * read before a slow lock wait while the holder renewed meanwhile, so the remaining time is capped at a full lease.
 */
export function retryAfterSeconds(leaseUntil: Date | null, now: Date): number {
  const remaining = (leaseUntil?.getTime() ?? 0) - now.getTime();
  return Math.min(Math.ceil(IDEMPOTENCY_LEASE.leaseMs / 1000), Math.max(1, Math.ceil(remaining / 1000)));
}

export function leaseEnd(now: Date): Date {
  return new Date(now.getTime() + IDEMPOTENCY_LEASE.leaseMs);
}
