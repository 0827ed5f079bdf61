import { DelegateBackoff, type IRetryBackoffContext } from 'cockatiel';
import { PartnerError } from '../contract/partner-error.js';

export interface BackoffSettings {
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
}

/**
 * The wait before retry n: the partner's Retry-After when it sent one, else capped exponential
 * backoff with equal jitter (half fixed, half random), so retries from many callers spread out.
 */
export function retryDelayMs(error: unknown, attempt: number, settings: BackoffSettings, random: () => number = Math.random): number {
  if (error instanceof PartnerError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, settings.maxRetryAfterMs);
  }
  const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return cap / 2 + random() * (cap / 2);
}

export function partnerBackoff(settings: BackoffSettings): DelegateBackoff<IRetryBackoffContext<unknown>> {
  return new DelegateBackoff((context) =>
    retryDelayMs('error' in context.result ? context.result.error : undefined, context.attempt, settings),
  );
}
