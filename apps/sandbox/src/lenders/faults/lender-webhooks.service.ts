import { Injectable, Logger } from '@nestjs/common';
import { LenderFaultStateService } from './lender-fault-state.service.js';
import { LenderStatsService } from './lender-stats.service.js';
import { DEFAULT_WEBHOOK_RETRY_POLICY, retryDelayMs, type WebhookRetryPolicy } from './webhook-retry.policy.js';

export interface WebhookDelivery {
  rawBody: string;
  headers: Record<string, string>;
}

/**
 * Posts lenders' signed webhooks to the URL a test set; duplicates or swaps them when the fault says so. A webhook not
 * answered 2xx is posted again (to the target of that moment) with exponential backoff, unless retries are off.
 */
@Injectable()
export class LenderWebhooks {
  private readonly logger = new Logger(LenderWebhooks.name);
  private readonly targets = new Map<string, string>();
  private readonly held = new Map<string, { delivery: WebhookDelivery; timer: NodeJS.Timeout }>();
  private readonly retries = new Map<string, WebhookRetryPolicy>();

  constructor(
    private readonly faults: LenderFaultStateService,
    private readonly stats: LenderStatsService,
  ) {}

  setTarget(code: string, url: string): void {
    if (url) this.targets.set(code, url);
    else this.targets.delete(code);
  }

  target(code: string): string | undefined {
    return this.targets.get(code);
  }

  setRetryPolicy(code: string, change: Partial<WebhookRetryPolicy>): WebhookRetryPolicy {
    const set = Object.entries(change).filter(([, value]) => value !== undefined);
    const policy: WebhookRetryPolicy = { ...this.retryPolicy(code), ...Object.fromEntries(set) };
    this.retries.set(code, policy);
    return policy;
  }

  retryPolicy(code: string): WebhookRetryPolicy {
    return this.retries.get(code) ?? { ...DEFAULT_WEBHOOK_RETRY_POLICY };
  }

  /** Fire and forget, after the current response: a webhook never arrives before the answer that caused it. */
  send(code: string, delivery: WebhookDelivery): void {
    setTimeout(() => this.dispatch(code, delivery), 20).unref();
  }

  private dispatch(code: string, delivery: WebhookDelivery): void {
    const { duplicate, outOfOrder } = this.faults.webhookFaults(code);
    const held = this.held.get(code);
    if (outOfOrder && !held) {
      // Held until the next one overtakes it, or half a second passes.
      const timer = setTimeout(() => this.release(code), 500);
      timer.unref();
      this.held.set(code, { delivery, timer });
      return;
    }
    this.deliver(code, delivery, duplicate);
    if (held) this.release(code);
  }

  private release(code: string): void {
    const held = this.held.get(code);
    if (!held) return;
    clearTimeout(held.timer);
    this.held.delete(code);
    this.deliver(code, held.delivery, this.faults.webhookFaults(code).duplicate);
  }

  private deliver(code: string, delivery: WebhookDelivery, duplicate: boolean): void {
    if (!this.targets.has(code)) return;
    for (let copy = 0; copy < (duplicate ? 2 : 1); copy += 1) {
      this.stats.countWebhook(code);
      void this.attempt(code, delivery, 1);
    }
  }

  private async attempt(code: string, delivery: WebhookDelivery, attempt: number): Promise<void> {
    const url = this.targets.get(code);
    if (!url) return;
    this.stats.countWebhook(code, 'webhookAttempts');
    if (attempt > 1) this.stats.countWebhook(code, 'webhookRetries');
    let outcome: string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...delivery.headers },
        body: delivery.rawBody,
      });
      await response.body?.cancel();
      if (response.ok) {
        this.stats.countWebhook(code, 'webhooksDelivered');
        return;
      }
      outcome = `answered ${response.status}`;
    } catch (error) {
      outcome = `failed: ${(error as Error).message}`;
    }
    const delayMs = retryDelayMs(this.retryPolicy(code), attempt + 1);
    if (delayMs === null) {
      this.stats.countWebhook(code, 'webhooksAbandoned');
      this.logger.warn(`webhook for ${code} to ${url} ${outcome}; not retried (attempt ${attempt})`);
      return;
    }
    this.logger.warn(`webhook for ${code} to ${url} ${outcome}; retry in ${delayMs} ms`);
    setTimeout(() => void this.attempt(code, delivery, attempt + 1), delayMs).unref();
  }
}
