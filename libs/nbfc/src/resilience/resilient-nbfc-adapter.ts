import {
  BrokenCircuitError,
  BulkheadRejectedError,
  ConsecutiveBreaker,
  TaskCancelledError,
  TimeoutStrategy,
  bulkhead,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  type BulkheadPolicy,
  type CircuitBreakerPolicy,
  type RetryPolicy,
  type TimeoutPolicy,
} from 'cockatiel';
import type {
  CanonicalApplicant,
  DisbursalRequest,
  DisbursalResult,
  LoanAsk,
  PartnerEvent,
  PartnerQuote,
  SubmissionResult,
} from '../contract/canonical.js';
import type { AdapterCapabilities, CallContext, InboundWebhook, NbfcAdapter } from '../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { partnerBackoff } from './partner-backoff.js';
import { DEFAULT_RETRY, MAX_ATTEMPTS, type NbfcOperation, type ResilienceOptions } from './resilience-options.js';

const isRetryable = (error: unknown) => error instanceof PartnerError && error.retryable;

/**
 * Wraps any adapter with, outermost first: a bulkhead (per partner), retries of retryable PartnerErrors
 * (at most 3 attempts, jittered backoff, Retry-After honoured), a circuit breaker (per partner) and a
 * timeout per operation. Every failure leaves as a PartnerError.
 */
export class ResilientNbfcAdapter implements NbfcAdapter {
  readonly code: string;
  readonly capabilities: AdapterCapabilities;
  readonly breaker: CircuitBreakerPolicy;
  private readonly bulkhead: BulkheadPolicy;
  private readonly retry: RetryPolicy;
  private readonly timeouts: Record<NbfcOperation, TimeoutPolicy>;

  constructor(
    private readonly inner: NbfcAdapter,
    options: ResilienceOptions,
  ) {
    this.code = inner.code;
    this.capabilities = inner.capabilities;
    const retrySettings = { ...DEFAULT_RETRY, ...options.retry };
    const maxAttempts = Math.min(Math.max(retrySettings.maxAttempts, 1), MAX_ATTEMPTS);
    this.bulkhead = bulkhead(options.maxConcurrent, options.maxQueued ?? options.maxConcurrent * 2);
    this.retry = retry(
      handleWhen((error) => isRetryable(error) && !tooLongToWait(error, retrySettings.maxRetryAfterMs)),
      { maxAttempts: maxAttempts - 1, backoff: partnerBackoff(retrySettings) },
    );
    this.breaker = circuitBreaker(handleWhen(isRetryable), {
      halfOpenAfter: options.breaker.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breaker.consecutiveFailures),
    });
    // A call that returned has nothing left to cancel; aborting its signal anyway costs an exception per call.
    const timeoutsMs = { applicationStatus: options.timeoutsMs.disbursalStatus, ...options.timeoutsMs };
    this.timeouts = Object.fromEntries(
      Object.entries(timeoutsMs).map(([operation, ms]) => [
        operation,
        timeout(ms, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }),
      ]),
    ) as Record<NbfcOperation, TimeoutPolicy>;
  }

  quote(applicant: CanonicalApplicant, ask: LoanAsk, context: CallContext): Promise<PartnerQuote> {
    return this.run('quote', context, (ctx) => this.inner.quote(applicant, ask, ctx));
  }

  submitApplication(
    applicant: CanonicalApplicant,
    ask: LoanAsk,
    partnerQuoteId: string | undefined,
    context: CallContext,
  ): Promise<SubmissionResult> {
    return this.run('submit', context, (ctx) => this.inner.submitApplication(applicant, ask, partnerQuoteId, ctx));
  }

  acceptOffer(partnerReference: string, partnerQuoteId: string, context: CallContext): Promise<SubmissionResult> {
    return this.run('accept', context, (ctx) => this.inner.acceptOffer(partnerReference, partnerQuoteId, ctx));
  }

  requestDisbursal(request: DisbursalRequest, context: CallContext): Promise<DisbursalResult> {
    return this.run('disburse', context, (ctx) => this.inner.requestDisbursal(request, ctx));
  }

  disbursalStatus(partnerReference: string, context: CallContext): Promise<DisbursalResult> {
    return this.run('disbursalStatus', context, (ctx) => this.inner.disbursalStatus(partnerReference, ctx));
  }

  applicationStatus(partnerReference: string, context: CallContext): Promise<SubmissionResult> {
    return this.run('applicationStatus', context, (ctx) => this.inner.applicationStatus(partnerReference, ctx));
  }

  verifyWebhook(webhook: InboundWebhook): void {
    this.inner.verifyWebhook(webhook);
  }

  parseWebhook(webhook: InboundWebhook): PartnerEvent[] {
    return this.inner.parseWebhook(webhook);
  }

  private async run<T>(operation: NbfcOperation, context: CallContext, call: (context: CallContext) => Promise<T>): Promise<T> {
    const attempt = () =>
      this.breaker
        .execute(() =>
          this.timeouts[operation]
            .execute((_ctx, signal) => call({ ...context, signal }), context.signal)
            .catch((error: unknown) => {
              throw this.partnerError(error, operation);
            }),
        )
        .catch((error: unknown) => {
          throw this.partnerError(error, operation);
        });
    try {
      return await this.bulkhead.execute(() => this.retry.execute(attempt, context.signal), context.signal);
    } catch (error) {
      throw this.partnerError(error, operation);
    }
  }

  private partnerError(error: unknown, operation: NbfcOperation): unknown {
    if (error instanceof PartnerError) return error;
    if (error instanceof TaskCancelledError) return new PartnerError(PartnerErrorCode.Timeout, `${operation} timed out`, this.code);
    if (error instanceof BrokenCircuitError)
      return new PartnerError(PartnerErrorCode.CircuitOpen, `circuit open for ${this.code}`, this.code);
    if (error instanceof BulkheadRejectedError)
      return new PartnerError(PartnerErrorCode.Unavailable, `too many calls in flight to ${this.code}`, this.code);
    return error;
  }
}

function tooLongToWait(error: unknown, maxRetryAfterMs: number): boolean {
  return error instanceof PartnerError && error.retryAfterSeconds !== undefined && error.retryAfterSeconds * 1000 > maxRetryAfterMs;
}
