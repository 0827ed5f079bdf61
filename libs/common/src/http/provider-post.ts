import { keepAliveFetch } from './keep-alive-fetch.js';

/** A provider's whole answer to a JSON POST: the body parsed as JSON, or null when it is empty or not JSON. */
export interface JsonExchange {
  status: number;
  ok: boolean;
  body: unknown;
  headers: Headers;
}

/** The provider gave no answer: it did not reply within the deadline, or could not be reached (`detail`: the socket code). */
export class ProviderUnreachableError extends Error {
  constructor(
    readonly timedOut: boolean,
    readonly detail: string,
  ) {
    super(timedOut ? 'The provider did not answer in time' : 'The provider could not be reached');
    this.name = 'ProviderUnreachableError';
  }
}

/**
 * POSTs `payload` as JSON to a provider the sandbox simulates locally (identity sources, bureau, bank verification),
 * with one deadline for the whole exchange: a provider that sends headers and then stalls times out too. Any status
 * is an answer; a timeout or a network failure rejects with ProviderUnreachableError, which never carries the payload.
 */
export async function postJson(url: string, payload: object, timeoutMs: number): Promise<JsonExchange> {
  try {
    const response = await keepAliveFetch(url, {
      method: 'POST',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
    });
    const text = await response.text();
    return { status: response.status, ok: response.ok, body: parseJson(text), headers: response.headers };
  } catch (error) {
    const { name, cause } = error as Error & { cause?: { code?: string } };
    throw new ProviderUnreachableError(name === 'TimeoutError' || name === 'AbortError', cause?.code ?? name);
  }
}

/** A provider's answer to a JSON POST: its parsed 2xx body, or why there is none, worded for a log line. */
export type ProviderReply = { ok: true; body: unknown } | { ok: false; failure: string };

/** postJson for a caller that only logs why it got nothing: never rejects. */
export async function postToProvider(url: string, payload: object, timeoutMs: number): Promise<ProviderReply> {
  try {
    const reply = await postJson(url, payload, timeoutMs);
    return reply.ok ? { ok: true, body: reply.body } : { ok: false, failure: `HTTP ${reply.status}` };
  } catch (error) {
    if (!(error instanceof ProviderUnreachableError)) throw error;
    return { ok: false, failure: error.timedOut ? `no answer within ${timeoutMs} ms` : error.detail };
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
