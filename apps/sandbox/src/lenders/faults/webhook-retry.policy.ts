/** How a simulated lender retries a webhook not answered 2xx: like the real ones, a few times with exponential backoff. */
export interface WebhookRetryPolicy {
  enabled: boolean;
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Wait before the first retry; each further one waits twice as long. */
  baseDelayMs: number;
}

export const DEFAULT_WEBHOOK_RETRY_POLICY: Readonly<WebhookRetryPolicy> = { enabled: true, maxAttempts: 4, baseDelayMs: 500 };

/** The wait before attempt `attempt` (2 is the first retry), or null when no attempt is left. */
export function retryDelayMs(policy: WebhookRetryPolicy, attempt: number): number | null {
  if (!policy.enabled || attempt > policy.maxAttempts) return null;
  return policy.baseDelayMs * 2 ** (attempt - 2);
}
