import { Injectable } from '@nestjs/common';
import { IDENTITY_SOURCES, type IdentitySource } from '../identity-source.js';

/** Requests each source received (faulted ones included), so tests can count a client's attempts. */
@Injectable()
export class RequestStatsService {
  private counts = RequestStatsService.zero();

  count(source: IdentitySource): void {
    this.counts[source] += 1;
  }

  snapshot(): Record<IdentitySource, number> {
    return { ...this.counts };
  }

  reset(): void {
    this.counts = RequestStatsService.zero();
  }

  private static zero(): Record<IdentitySource, number> {
    return Object.fromEntries(IDENTITY_SOURCES.map((source) => [source, 0])) as Record<IdentitySource, number>;
  }
}
