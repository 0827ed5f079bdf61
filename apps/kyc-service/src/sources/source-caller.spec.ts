import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceAttempt } from './identity-source.js';
import { SOURCE_RETRY_POLICY } from './retry-policy.js';
import { SourceCaller, type SourceCall } from './source-caller.js';
import { FakeClock, reply, ScriptedHttp, type Scripted } from './source-test-doubles.js';

const CALL: SourceCall = { source: 'PAN', step: 'verify', key: 'PAN', path: '/p', body: { pan: 'X' }, round: 0 };

async function run(script: Scripted[]) {
  const http = new ScriptedHttp({ '/p': script });
  const clock = new FakeClock(1);
  const attempts: SourceAttempt[] = [];
  const result = await new SourceCaller(http, SOURCE_RETRY_POLICY, clock).call(CALL, attempts);
  return { result, attempts, sleeps: clock.sleeps, calls: http.calls.length };
}

describe('SourceCaller', () => {
  it('returns the first answer without waiting', async () => {
    const { result, attempts, sleeps } = await run([reply(200, { ok: true })]);
    assert.deepEqual(result, { kind: 'OK', body: { ok: true } });
    assert.equal(attempts.length, 1);
    assert.deepEqual(sleeps, []);
    assert.deepEqual(Object.keys(attempts[0]).sort(), ['at', 'httpStatus', 'key', 'latencyMs', 'outcome', 'round', 'source', 'step']);
  });

  it('retries 503, timeouts and network errors with growing delays, recording each attempt', async () => {
    const { result, attempts, sleeps } = await run([reply(503, { code: 'UPSTREAM_ERROR' }), 'TIMEOUT', 'NETWORK_ERROR', reply(200, {})]);
    assert.equal(result.kind, 'OK');
    assert.deepEqual(
      attempts.map((a) => [a.outcome, a.httpStatus]),
      [
        ['UPSTREAM_ERROR', 503],
        ['TIMEOUT', null],
        ['NETWORK_ERROR', null],
        ['OK', 200],
      ],
    );
    assert.deepEqual(sleeps, [200, 400, 800]);
  });

  it("gives up after the policy's attempts with the last error", async () => {
    const { result, calls, sleeps } = await run([reply(503, { code: 'UPSTREAM_ERROR' })]);
    assert.deepEqual(result, { kind: 'UNAVAILABLE', error: 'UPSTREAM_ERROR' });
    assert.equal(calls, SOURCE_RETRY_POLICY.maxAttempts);
    assert.equal(sleeps.length, SOURCE_RETRY_POLICY.maxAttempts - 1);
    assert.ok(sleeps.every((ms) => ms <= SOURCE_RETRY_POLICY.maxDelayMs));
  });

  it('waits at least what Retry-After asks on a 429', async () => {
    const { result, sleeps, attempts } = await run([reply(429, {}, 1_500), reply(200, {})]);
    assert.equal(result.kind, 'OK');
    assert.deepEqual(sleeps, [1_500]);
    assert.equal(attempts[0].outcome, 'RATE_LIMITED');
  });

  it('does not wait for a Retry-After beyond its limit: the source is unavailable now', async () => {
    const { result, calls, sleeps } = await run([reply(429, {}, 60_000)]);
    assert.deepEqual(result, { kind: 'UNAVAILABLE', error: 'RATE_LIMITED' });
    assert.equal(calls, 1);
    assert.deepEqual(sleeps, []);
  });

  it('answers not found and refusals at once, without retrying', async () => {
    const notFound = await run([reply(404, { code: 'NOT_FOUND' })]);
    assert.deepEqual([notFound.result, notFound.calls], [{ kind: 'NOT_FOUND' }, 1]);
    const refused = await run([reply(401, { code: 'INVALID_OTP' })]);
    assert.deepEqual([refused.result, refused.calls], [{ kind: 'REJECTED', error: 'INVALID_OTP' }, 1]);
  });

  it('treats a success without a JSON object as a failed attempt', async () => {
    const { result, attempts } = await run([reply(200, null), reply(200, { fine: 1 })]);
    assert.equal(result.kind, 'OK');
    assert.equal(attempts[0].outcome, 'BAD_RESPONSE');
  });
});
