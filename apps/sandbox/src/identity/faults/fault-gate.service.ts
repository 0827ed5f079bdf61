import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RequestHolder } from '../../common/request-holder.js';
import { IdentitySourceException } from '../identity-source.exception.js';
import type { FaultSource } from './fault-source.js';
import { FaultStateService } from './fault-state.service.js';
import { RequestStatsService } from './request-stats.service.js';

/** The first call of every source handler: counts the request, then delays or fails it as its fault says. */
@Injectable()
export class FaultGate implements BeforeApplicationShutdown {
  private readonly holder = new RequestHolder();

  constructor(
    private readonly faults: FaultStateService,
    private readonly stats: RequestStatsService,
  ) {}

  async pass(source: FaultSource, reply: FastifyReply): Promise<void> {
    this.stats.count(source);
    const fault = this.faults.next(source);
    switch (fault.mode) {
      case 'none':
        return;
      case 'slow':
        return this.holder.hold(fault.latencyMs, reply);
      case 'timeout':
        await this.holder.hold(fault.latencyMs, reply);
        throw IdentitySourceException.timedOut();
      case 'error':
        throw IdentitySourceException.upstreamError();
      case 'not_found':
        throw IdentitySourceException.notFound();
      case 'rate_limit':
        void reply.header('retry-after', '1');
        throw IdentitySourceException.rateLimited();
    }
  }

  /** Held requests end at once when the app stops, so shutdown (and the tests waiting on it) never hangs. */
  beforeApplicationShutdown(): void {
    this.holder.releaseAll();
  }
}
