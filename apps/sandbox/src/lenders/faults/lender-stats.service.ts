import { Injectable } from '@nestjs/common';

export interface LenderStats {
  total: number;
  byRoute: Record<string, number>;
  /** Webhooks posted (a duplicated one twice), retries not counted. */
  webhooksSent: number;
  /** Every POST of a webhook, retries included. */
  webhookAttempts: number;
  webhookRetries: number;
  /** Webhooks answered 2xx, and those given up on (retries spent or off). */
  webhooksDelivered: number;
  webhooksAbandoned: number;
}

export type WebhookCounter = 'webhooksSent' | 'webhookAttempts' | 'webhookRetries' | 'webhooksDelivered' | 'webhooksAbandoned';

/** Requests each lender received (faulted ones included), so tests can count a client's attempts. */
@Injectable()
export class LenderStatsService {
  private readonly stats = new Map<string, LenderStats>();

  count(code: string, route: string): void {
    const stats = this.of(code);
    stats.total += 1;
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
  }

  countWebhook(code: string, counter: WebhookCounter = 'webhooksSent'): void {
    this.of(code)[counter] += 1;
  }

  snapshot(code: string): LenderStats {
    const stats = this.of(code);
    return { ...stats, byRoute: { ...stats.byRoute } };
  }

  reset(code: string): void {
    this.stats.delete(code);
  }

  private of(code: string): LenderStats {
    let stats = this.stats.get(code);
    if (!stats)
      this.stats.set(
        code,
        (stats = {
          total: 0,
          byRoute: {},
          webhooksSent: 0,
          webhookAttempts: 0,
          webhookRetries: 0,
          webhooksDelivered: 0,
          webhooksAbandoned: 0,
        }),
      );
    return stats;
  }
}
