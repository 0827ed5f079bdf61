import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `fn` until it returns a truthy value, then returns that value.
 * Throws naming `what` when `timeoutMs` passes; an error thrown by `fn` aborts the wait.
 */
export async function waitFor(fn, { timeoutMs = 30_000, intervalMs = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Resolves with `promise`'s value, or with `fallback` once `ms` passes. */
export function within(ms, promise, fallback) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, ms, fallback);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
