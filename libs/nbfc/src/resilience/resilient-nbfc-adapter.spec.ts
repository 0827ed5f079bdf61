import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PartnerQuote } from '../contract/canonical.js';
import type { CallContext, NbfcAdapter } from '../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { FIXTURE_APPLICANT, FIXTURE_ASK } from '../testing/canonical-fixtures.js';
import { retryDelayMs } from './partner-backoff.js';
import { ResilientNbfcAdapter } from './resilient-nbfc-adapter.js';
import type { ResilienceOptions } from './resilience-options.js';

const ctx: CallContext = { requestId: 'r', correlationId: 'c' };
const QUOTE: PartnerQuote = { partnerQuoteId: 'Q', decision: 'APPROVED' };
const fail = (code: PartnerErrorCode, retryAfterSeconds?: number) => new PartnerError(code, code, 'P', retryAfterSeconds);

/** An adapter whose quote() runs the next scripted step; counts calls and concurrency. */
function fakeAdapter(
  steps: Array<(signal?: AbortSignal) => Promise<PartnerQuote>>,
  fallback?: (signal?: AbortSignal) => Promise<PartnerQuote>,
) {
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0, callTimes: [] as number[] };
  const adapter = {
    code: 'P',
    capabilities: { liveQuotes: true, webhooks: false, pollingOnly: true },
    async quote(_a: unknown, _b: unknown, context: CallContext) {
      stats.calls += 1;
      stats.callTimes.push(Date.now());
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        const step = steps.shift() ?? fallback;
        if (!step) throw new Error('no step left');
        return await step(context.signal);
      } finally {
        stats.inFlight -= 1;
      }
    },
  } as unknown as NbfcAdapter;
  return { adapter, stats };
}

const options = (overrides: Partial<ResilienceOptions> = {}): ResilienceOptions => ({
  timeoutsMs: { quote: 100, submit: 100, accept: 100, disburse: 100, disbursalStatus: 100 },
  maxConcurrent: 4,
  breaker: { consecutiveFailures: 5, halfOpenAfterMs: 100 },
  retry: { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_000 },
  ...overrides,
});
const quote = (sut: NbfcAdapter) => sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx);
const isCode = (code: PartnerErrorCode) => (error: unknown) => error instanceof PartnerError && error.code === code;

describe('ResilientNbfcAdapter', () => {
  it('retries a retryable failure and succeeds', async () => {
    const { adapter, stats } = fakeAdapter([
      async () => {
        throw fail(PartnerErrorCode.Unavailable);
      },
      async () => QUOTE,
    ]);
    assert.deepEqual(await quote(new ResilientNbfcAdapter(adapter, options())), QUOTE);
    assert.equal(stats.calls, 2);
  });

  it('makes at most 3 attempts, even when configured for more', async () => {
    const { adapter, stats } = fakeAdapter([], async () => {
      throw fail(PartnerErrorCode.Unavailable);
    });
    await assert.rejects(
      quote(new ResilientNbfcAdapter(adapter, options({ retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 2 } }))),
      isCode(PartnerErrorCode.Unavailable),
    );
    assert.equal(stats.calls, 3);
  });

  it('never retries a non-retryable error', async () => {
    for (const code of [
      PartnerErrorCode.Rejected,
      PartnerErrorCode.AuthFailed,
      PartnerErrorCode.UnknownStatus,
      PartnerErrorCode.NotFound,
    ]) {
      const { adapter, stats } = fakeAdapter([], async () => {
        throw fail(code);
      });
      await assert.rejects(quote(new ResilientNbfcAdapter(adapter, options())), isCode(code));
      assert.equal(stats.calls, 1, code);
    }
  });

  it('times a slow call out as a retryable PartnerError(Timeout) and aborts it', async () => {
    const signals: AbortSignal[] = [];
    const slow = async (signal?: AbortSignal) => {
      signals.push(signal!);
      await sleep(1_000, undefined, { signal });
      return QUOTE;
    };
    const { adapter, stats } = fakeAdapter([], slow);
    const started = Date.now();
    await assert.rejects(
      quote(
        new ResilientNbfcAdapter(adapter, options({ timeoutsMs: { quote: 30, submit: 1, accept: 1, disburse: 1, disbursalStatus: 1 } })),
      ),
      isCode(PartnerErrorCode.Timeout),
    );
    assert.equal(stats.calls, 3);
    assert.ok(Date.now() - started < 500);
    assert.ok(signals.every((signal) => signal.aborted));
  });

  it('honours Retry-After on a 429', async () => {
    const { adapter, stats } = fakeAdapter([
      async () => {
        throw fail(PartnerErrorCode.RateLimited, 0.2);
      },
      async () => QUOTE,
    ]);
    assert.deepEqual(await quote(new ResilientNbfcAdapter(adapter, options())), QUOTE);
    assert.ok(stats.callTimes[1]! - stats.callTimes[0]! >= 190, `waited ${stats.callTimes[1]! - stats.callTimes[0]!} ms`);
  });

  it('does not retry when Retry-After is longer than it will wait', async () => {
    const { adapter, stats } = fakeAdapter([], async () => {
      throw fail(PartnerErrorCode.RateLimited, 60);
    });
    await assert.rejects(quote(new ResilientNbfcAdapter(adapter, options())), isCode(PartnerErrorCode.RateLimited));
    assert.equal(stats.calls, 1);
  });

  it('opens the breaker after repeated failures, fails fast while open, and closes after recovery', async () => {
    let healthy = false;
    const { adapter, stats } = fakeAdapter([], async () => {
      if (healthy) return QUOTE;
      throw fail(PartnerErrorCode.Unavailable);
    });
    const sut = new ResilientNbfcAdapter(
      adapter,
      options({ breaker: { consecutiveFailures: 3, halfOpenAfterMs: 80 }, retry: { maxAttempts: 1 } }),
    );
    for (let i = 0; i < 3; i += 1) await assert.rejects(quote(sut), isCode(PartnerErrorCode.Unavailable));
    await assert.rejects(quote(sut), isCode(PartnerErrorCode.CircuitOpen));
    assert.equal(stats.calls, 3, 'an open circuit does not call the partner');
    healthy = true;
    await sleep(100);
    assert.deepEqual(await quote(sut), QUOTE, 'half-open lets one trial through');
    assert.deepEqual(await quote(sut), QUOTE);
    assert.equal(stats.calls, 5);
  });

  it('does not count non-retryable failures against the breaker', async () => {
    const { adapter, stats } = fakeAdapter([], async () => {
      throw fail(PartnerErrorCode.Rejected);
    });
    const sut = new ResilientNbfcAdapter(adapter, options({ breaker: { consecutiveFailures: 2, halfOpenAfterMs: 1_000 } }));
    for (let i = 0; i < 4; i += 1) await assert.rejects(quote(sut), isCode(PartnerErrorCode.Rejected));
    assert.equal(stats.calls, 4);
  });

  it('limits concurrent calls per partner and rejects beyond the queue', async () => {
    const { adapter, stats } = fakeAdapter([], async () => {
      await sleep(30);
      return QUOTE;
    });
    const sut = new ResilientNbfcAdapter(adapter, options({ maxConcurrent: 2, maxQueued: 3 }));
    const results = await Promise.allSettled(Array.from({ length: 7 }, () => quote(sut)));
    assert.equal(stats.maxInFlight, 2);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 5);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(rejected.length, 2);
    assert.ok(rejected.every((r) => isCode(PartnerErrorCode.Unavailable)(r.reason)));
  });

  it('keeps one slow partner from starving another', async () => {
    const slow = fakeAdapter([], async () => {
      await sleep(200);
      return QUOTE;
    });
    const fast = fakeAdapter([], async () => QUOTE);
    const slowSut = new ResilientNbfcAdapter(
      slow.adapter,
      options({ maxConcurrent: 1, maxQueued: 10, timeoutsMs: { quote: 1_000, submit: 1, accept: 1, disburse: 1, disbursalStatus: 1 } }),
    );
    const fastSut = new ResilientNbfcAdapter(fast.adapter, options());
    const pending = Array.from({ length: 3 }, () => quote(slowSut));
    const started = Date.now();
    await quote(fastSut);
    assert.ok(Date.now() - started < 50);
    await Promise.all(pending);
  });

  it('backs off exponentially with jitter, capped', () => {
    const settings = { baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };
    assert.equal(
      retryDelayMs(undefined, 1, settings, () => 0),
      50,
    );
    assert.equal(
      retryDelayMs(undefined, 1, settings, () => 1),
      100,
    );
    assert.equal(
      retryDelayMs(undefined, 3, settings, () => 1),
      400,
    );
    assert.equal(
      retryDelayMs(undefined, 10, settings, () => 1),
      1_000,
    );
    assert.equal(retryDelayMs(fail(PartnerErrorCode.RateLimited, 3), 1, settings), 3_000);
    assert.equal(retryDelayMs(fail(PartnerErrorCode.RateLimited, 30), 1, settings), 5_000);
  });
});
