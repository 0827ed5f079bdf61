import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type UnderwritingConfig } from '@los/common';
import type { BureauFacts } from '@los/contracts';
import { bureauFactsOf } from './bureau-facts.mapper.js';

/**
 * The credit bureau's report pull (the sandbox's simulator locally). Any failure (down, slow past
 * BUREAU_TIMEOUT_MS, an answer that does not parse) is `null`: the decision is then referred, never approved.
 */
@Injectable()
export class BureauReportClient {
  private readonly logger = new Logger(BureauReportClient.name);
  private readonly reportUrl: string;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: Pick<UnderwritingConfig, 'SANDBOX_URL' | 'BUREAU_TIMEOUT_MS'>) {
    this.reportUrl = `${config.SANDBOX_URL.replace(/\/+$/, '')}/v1/bureau/report`;
    this.timeoutMs = config.BUREAU_TIMEOUT_MS;
  }

  /** Logs never carry the PAN. */
  async reportOf(pan: string, applicationId: string): Promise<BureauFacts | null> {
    let failure: string;
    try {
      const response = await fetch(this.reportUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ pan }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (response.ok) {
        const facts = bureauFactsOf(await response.json());
        if (facts) return facts;
        failure = 'a report that does not parse';
      } else {
        failure = `HTTP ${response.status}`;
        await response.body?.cancel();
      }
    } catch (error) {
      const { name, cause } = error as Error & { cause?: { code?: string } };
      failure = name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (cause?.code ?? name);
    }
    this.logger.warn({ applicationId, failure }, 'Credit bureau report unavailable: the decision will be referred');
    return null;
  }
}
