import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RequestHolder } from '../common/request-holder.js';
import { DEFAULT_SLOW_MS, DEFAULT_TIMEOUT_HOLD_MS } from '../identity/faults/fault-mode.constants.js';
import { IdentitySourceException } from '../identity/identity-source.exception.js';
import type { SetFaultDto } from '../identity/faults/set-fault.dto.js';

/**
 * Faults of the bureau's report pulls (`PUT /sandbox/bureau/faults`), as the identity sources have theirs. Score pulls
 * (offer computation) are left alone, so a test can reach underwriting with the report failing.
 */
@Injectable()
export class BureauFaults implements BeforeApplicationShutdown {
  private fault: SetFaultDto = { mode: 'none' };
  private readonly holder = new RequestHolder();
  private pulls = 0;

  set(setting: SetFaultDto): SetFaultDto {
    this.fault = setting.mode === 'none' ? { mode: 'none' } : { ...setting };
    return this.fault;
  }

  view(): { fault: SetFaultDto; reportPulls: number } {
    return { fault: this.fault, reportPulls: this.pulls };
  }

  reset(): void {
    this.fault = { mode: 'none' };
    this.pulls = 0;
  }

  async pass(reply: FastifyReply): Promise<void> {
    this.pulls += 1;
    const fault = this.fault;
    if (fault.mode === 'none') return;
    if (fault.failNext !== undefined && --fault.failNext <= 0) this.fault = { mode: 'none' };
    switch (fault.mode) {
      case 'slow':
        return this.holder.hold(fault.latencyMs ?? DEFAULT_SLOW_MS, reply);
      case 'timeout':
        await this.holder.hold(fault.latencyMs ?? DEFAULT_TIMEOUT_HOLD_MS, reply);
        throw IdentitySourceException.timedOut();
      case 'not_found':
        throw IdentitySourceException.notFound();
      case 'rate_limit':
        void reply.header('retry-after', '1');
        throw IdentitySourceException.rateLimited();
      default:
        throw IdentitySourceException.upstreamError();
    }
  }

  beforeApplicationShutdown(): void {
    this.holder.releaseAll();
  }
}
