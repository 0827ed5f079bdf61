import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { AttemptOutcome, LookupKey, SourceAttempt, SourceName } from './identity-source.js';
import { backoffDelay, SOURCE_RETRY_POLICY, verdictOf, type RetryPolicy } from './retry-policy.js';
import { SOURCE_CLOCK, SYSTEM_CLOCK, type SourceClock } from './source-clock.js';
import { SourceHttp, SourceTransportError, type HttpReply } from './source-http.client.js';

export interface SourceCall {
  source: SourceName;
  step: string;
  key: LookupKey;
  path: string;
  body: object;
  round: number;
}

export type CallResult =
  | { kind: 'OK'; body: Record<string, unknown> }
  | { kind: 'NOT_FOUND' }
  | { kind: 'REJECTED'; error: string }
  | { kind: 'UNAVAILABLE'; error: string };

export const RETRY_POLICY = Symbol('RETRY_POLICY');

/**
 * One step of a source lookup with retries: transient failures (5xx, 429, timeouts, network errors)
 * back off and try again up to the policy's limit; not-found and other refusals return at once.
 * Every call is appended to `attempts`. Logs carry codes only, never what was sent.
 */
@Injectable()
export class SourceCaller {
  private readonly logger = new Logger(SourceCaller.name);

  constructor(
    private readonly http: SourceHttp,
    @Optional() @Inject(RETRY_POLICY) private readonly policy: RetryPolicy = SOURCE_RETRY_POLICY,
    @Optional() @Inject(SOURCE_CLOCK) private readonly clock: SourceClock = SYSTEM_CLOCK,
  ) {}

  async call(call: SourceCall, attempts: SourceAttempt[]): Promise<CallResult> {
    let lastError = 'UNAVAILABLE';
    for (let attempt = 1; attempt <= this.policy.maxAttempts; attempt++) {
      const started = this.clock.now();
      const { outcome, reply } = await this.once(call);
      attempts.push({
        source: call.source,
        step: call.step,
        key: call.key,
        outcome,
        httpStatus: reply?.status ?? null,
        latencyMs: Math.max(0, this.clock.now() - started),
        at: new Date(started).toISOString(),
        round: call.round,
      });
      if (outcome === 'OK') return { kind: 'OK', body: reply!.body as Record<string, unknown> };
      if (outcome === 'NOT_FOUND') return { kind: 'NOT_FOUND' };
      if (outcome === 'REJECTED') return { kind: 'REJECTED', error: errorCodeOf(reply) };
      lastError = outcome === 'UPSTREAM_ERROR' ? errorCodeOf(reply) : outcome;

      if (attempt === this.policy.maxAttempts) break;
      const retryAfter = reply?.retryAfterMs ?? null;
      if (retryAfter !== null && retryAfter > this.policy.maxRetryAfterMs) break;
      const delay = Math.max(
        backoffDelay(attempt, this.policy, () => this.clock.random()),
        retryAfter ?? 0,
      );
      this.logger.debug({ source: call.source, step: call.step, outcome, attempt, delay }, 'Source call failed; retrying');
      await this.clock.sleep(delay);
    }
    this.logger.warn({ source: call.source, step: call.step, error: lastError }, 'Source unavailable');
    return { kind: 'UNAVAILABLE', error: lastError };
  }

  private async once(call: SourceCall): Promise<{ outcome: AttemptOutcome; reply: HttpReply | null }> {
    let reply: HttpReply;
    try {
      reply = await this.http.post(call.path, call.body);
    } catch (error) {
      if (error instanceof SourceTransportError) return { outcome: error.kind, reply: null };
      throw error;
    }
    switch (verdictOf(reply.status)) {
      case 'OK':
        return { outcome: isObject(reply.body) ? 'OK' : 'BAD_RESPONSE', reply };
      case 'NOT_FOUND':
        return { outcome: 'NOT_FOUND', reply };
      case 'REJECTED':
        return { outcome: 'REJECTED', reply };
      default:
        return { outcome: reply.status === 429 ? 'RATE_LIMITED' : 'UPSTREAM_ERROR', reply };
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The source's own error code when it sent one (UPSTREAM_ERROR, INVALID_OTP), else HTTP_<status>. */
function errorCodeOf(reply: HttpReply | null): string {
  if (!reply) return 'UNAVAILABLE';
  const code = isObject(reply.body) ? reply.body.code : undefined;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : `HTTP_${reply.status}`;
}
