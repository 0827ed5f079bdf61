import { isLockConflict } from './driver-errors.js';

export const DEADLOCK_ATTEMPTS = 3;

/** Runs a whole transaction again when it lost a lock conflict; `work` must open the transaction itself. */
export async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = DEADLOCK_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isLockConflict(error)) throw error;
    }
  }
}
