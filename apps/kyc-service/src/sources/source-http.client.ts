import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type KycConfig } from '@los/common';
import { parseRetryAfter } from './retry-policy.js';

export interface HttpReply {
  status: number;
  body: unknown;
  retryAfterMs: number | null;
}

export class SourceTransportError extends Error {
  constructor(readonly kind: 'TIMEOUT' | 'NETWORK_ERROR') {
    super(kind === 'TIMEOUT' ? 'The source did not answer in time' : 'The source could not be reached');
    this.name = 'SourceTransportError';
  }
}

/** JSON POST to an identity source; a timeout or a network failure rejects with SourceTransportError. */
export abstract class SourceHttp {
  abstract post(path: string, body: object): Promise<HttpReply>;
}

@Injectable()
export class FetchSourceHttp extends SourceHttp {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: KycConfig) {
    super();
    this.baseUrl = config.SANDBOX_URL.replace(/\/+$/, '');
    this.timeoutMs = config.OUTBOUND_TIMEOUT_MS;
  }

  async post(path: string, body: object): Promise<HttpReply> {
    // One deadline for the whole exchange: a source that sends headers and then stalls times out too.
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: parseJson(text), retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
    } catch (error) {
      const name = (error as Error).name;
      throw new SourceTransportError(name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'NETWORK_ERROR');
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
