import { Injectable } from '@nestjs/common';
import { FAULT_SOURCES, type FaultSource } from './fault-source.js';

/** Requests each source received (faulted ones included), so tests can count a client's attempts. */
@Injectable()
export class RequestStatsService {
  private counts = RequestStatsService.zero();

  count(source: FaultSource): void {
    this.counts[source] += 1;
  }

  snapshot(): Record<FaultSource, number> {
    return { ...this.counts };
  }

  reset(): void {
    this.counts = RequestStatsService.zero();
  }

  private static zero(): Record<FaultSource, number> {
    return Object.fromEntries(FAULT_SOURCES.map((source) => [source, 0])) as Record<FaultSource, number>;
  }
}
