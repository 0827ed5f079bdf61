import { setTimeout as sleep } from 'node:timers/promises';

export interface OpenLoopResult<T> {
  outcomes: PromiseSettledResult<T>[];
  /** Starts that waited for a free slot (the suite fell behind the rate). */
  delayedStarts: number;
  startedAt: number;
  lastStartAt: number;
}

/**
 * Starts `run(i)` at `perSecond`, `count` times, whatever the earlier ones are doing (an open loop: a slow suite
 * gets more work in flight, as from real borrowers), but never more than `maxInFlight` at once; then waits for all.
 */
export async function openLoop<T>(
  count: number,
  perSecond: number,
  maxInFlight: number,
  run: (i: number) => Promise<T>,
): Promise<OpenLoopResult<T>> {
  const running: Promise<PromiseSettledResult<T>>[] = [];
  let inFlight = 0;
  let delayedStarts = 0;
  const startedAt = performance.now();
  let lastStartAt = startedAt;
  for (let i = 0; i < count; i++) {
    const due = startedAt + (i * 1_000) / perSecond;
    if (due > performance.now()) await sleep(due - performance.now());
    if (inFlight >= maxInFlight) delayedStarts++;
    while (inFlight >= maxInFlight) await sleep(5);
    inFlight++;
    lastStartAt = performance.now();
    running.push(
      run(i)
        .then(
          (value) => ({ status: 'fulfilled' as const, value }),
          (reason: unknown) => ({ status: 'rejected' as const, reason }),
        )
        .finally(() => inFlight--),
    );
  }
  return { outcomes: await Promise.all(running), delayedStarts, startedAt, lastStartAt };
}
