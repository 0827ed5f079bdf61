import { Injectable, Logger } from '@nestjs/common';
import { LenderFaultStateService } from './lender-fault-state.service.js';
import { LenderStatsService } from './lender-stats.service.js';

export interface WebhookDelivery {
  rawBody: string;
  headers: Record<string, string>;
}

/** Posts lenders' signed webhooks to the URL a test set; duplicates or swaps them when the fault says so. */
@Injectable()
export class LenderWebhooks {
  private readonly logger = new Logger(LenderWebhooks.name);
  private readonly targets = new Map<string, string>();
  private readonly held = new Map<string, { delivery: WebhookDelivery; timer: NodeJS.Timeout }>();

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
    const url = this.targets.get(code);
    if (!url) return;
    for (let copy = 0; copy < (duplicate ? 2 : 1); copy += 1) {
      this.stats.countWebhook(code);
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...delivery.headers }, body: delivery.rawBody })
        .then((response) => response.body?.cancel())
        .catch((error: Error) => this.logger.warn(`webhook for ${code} to ${url} failed: ${error.message}`));
    }
  }
}
