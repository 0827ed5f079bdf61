import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RequestHolder } from '../../common/request-holder.js';
import { LenderHttpError, type LenderErrorBody } from '../shared/lender-http.error.js';
import { LenderFaultStateService } from './lender-fault-state.service.js';
import { LenderStatsService } from './lender-stats.service.js';

const genericErrorBody: LenderErrorBody = (status, code, message) => ({ status, code, message });

/**
 * The first call of every lender handler: `await faults.apply(code, reply)` counts the request, then
 * delays or fails it as the fault set through `PUT /lenders/:code/admin/faults` says. Failures are thrown
 * as `LenderHttpError` in the lender's own error shape (see `registerErrorBody`); use `LenderErrorFilter`.
 */
@Injectable()
export class LenderFaults implements BeforeApplicationShutdown {
  private readonly holder = new RequestHolder();
  private readonly errorBodies = new Map<string, LenderErrorBody>();

  constructor(
    private readonly state: LenderFaultStateService,
    private readonly stats: LenderStatsService,
  ) {}

  registerErrorBody(code: string, errorBody: LenderErrorBody): void {
    this.errorBodies.set(code, errorBody);
  }

  async apply(code: string, reply: FastifyReply): Promise<void> {
    const route = `${reply.request.method} ${reply.request.routeOptions.url ?? reply.request.url}`;
    this.stats.count(code, route);
    const fault = this.state.next(code, route);
    const body = this.errorBodies.get(code) ?? genericErrorBody;
    switch (fault.mode) {
      case 'none':
        return;
      case 'slow':
        return this.holder.hold(fault.latencyMs, reply);
      case 'timeout':
        await this.holder.hold(fault.latencyMs, reply);
        throw new LenderHttpError(504, body(504, 'GATEWAY_TIMEOUT', 'upstream timed out'));
      case 'error':
        throw new LenderHttpError(503, body(503, 'SERVICE_UNAVAILABLE', 'temporarily unavailable'));
      case 'reject':
        throw new LenderHttpError(422, body(422, 'UNPROCESSABLE', 'request refused by lender rules'));
      case 'rate_limit':
        throw new LenderHttpError(429, body(429, 'RATE_LIMITED', 'too many requests'), { 'retry-after': String(fault.retryAfterSeconds) });
      case 'down':
        reply.raw.socket?.destroy();
        throw new LenderHttpError(503, body(503, 'DOWN', 'connection dropped'));
    }
  }

  /** Held requests end at once when the app stops or the client leaves. */
  beforeApplicationShutdown(): void {
    this.holder.releaseAll();
  }
}
