import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, postJson, ProviderUnreachableError, type KycConfig } from '@los/common';
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
    try {
      const reply = await postJson(`${this.baseUrl}${path}`, body, this.timeoutMs);
      return { status: reply.status, body: reply.body, retryAfterMs: parseRetryAfter(reply.headers.get('retry-after')) };
    } catch (error) {
      if (!(error instanceof ProviderUnreachableError)) throw error;
      throw new SourceTransportError(error.timedOut ? 'TIMEOUT' : 'NETWORK_ERROR');
    }
  }
}
