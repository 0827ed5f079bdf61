import { setTimeout as sleep } from 'node:timers/promises';

/** Time as the retry loop sees it; tests pass a fake that never really waits. */
export interface SourceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const SYSTEM_CLOCK: SourceClock = {
  now: () => Date.now(),
  sleep: async (ms) => {
    await sleep(ms);
  },
  random: () => Math.random(),
};

export const SOURCE_CLOCK = Symbol('SOURCE_CLOCK');
