import type { SourceClock } from './source-clock.js';
import { SourceHttp, SourceTransportError, type HttpReply } from './source-http.client.js';

export type Scripted = HttpReply | 'TIMEOUT' | 'NETWORK_ERROR';

/** Test double: answers each path from its script in order, the last answer repeating. */
export class ScriptedHttp extends SourceHttp {
  readonly calls: { path: string; body: object }[] = [];

  constructor(private readonly scripts: Record<string, Scripted[]>) {
    super();
  }

  async post(path: string, body: object): Promise<HttpReply> {
    this.calls.push({ path, body });
    const script = this.scripts[path] ?? [];
    const seen = this.calls.filter((call) => call.path === path).length;
    const next = script[Math.min(seen, script.length) - 1];
    if (next === undefined) return reply(404, { code: 'NOT_FOUND' });
    if (next === 'TIMEOUT' || next === 'NETWORK_ERROR') throw new SourceTransportError(next);
    return next;
  }
}

export const reply = (status: number, body: unknown, retryAfterMs: number | null = null): HttpReply => ({ status, body, retryAfterMs });

/** A clock whose sleeps return at once and advance time; `random` is fixed for predictable backoff. */
export class FakeClock implements SourceClock {
  readonly sleeps: number[] = [];
  private time = Date.parse('2026-01-01T00:00:00Z');

  constructor(private readonly fixedRandom = 0.5) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }

  random(): number {
    return this.fixedRandom;
  }
}
