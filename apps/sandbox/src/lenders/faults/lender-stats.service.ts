import { Injectable } from '@nestjs/common';

export interface LenderStats {
  total: number;
  byRoute: Record<string, number>;
  webhooksSent: number;
}

/** Requests each lender received (faulted ones included), so tests can count a client's attempts. */
@Injectable()
export class LenderStatsService {
  private readonly stats = new Map<string, LenderStats>();

  count(code: string, route: string): void {
    const stats = this.of(code);
    stats.total += 1;
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
  }

  countWebhook(code: string): void {
    this.of(code).webhooksSent += 1;
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
    if (!stats) this.stats.set(code, (stats = { total: 0, byRoute: {}, webhooksSent: 0 }));
    return stats;
  }
}
